interface DeriveProgressProps {
  /** What is happening, in words; also names the progress bar. */
  label: string;
}

/**
 * Shown while Argon2id runs (a second or more, longer on older phones). The work cannot report
 * how far along it is, so the bar moves without a value rather than pretending to know.
 */
export function DeriveProgress({ label }: DeriveProgressProps) {
  return (
    <div className="journal__progress" role="status">
      <p>{label}</p>
      <progress className="journal__progress-bar" aria-label={label} />
    </div>
  );
}
