interface LoadingProps {
  label: string;
}

/** A quiet, polite status line while something loads. Loading is usually too quick to see. */
export function Loading({ label }: LoadingProps) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
