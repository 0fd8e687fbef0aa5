/** The honest word on where a questionnaire comes from and whether it is validated. */
export function LicenceNote({ note }: { note: string }) {
  return <p className="fine-print">{note}</p>;
}
