import { type Ref, useId } from 'react';

interface StepProgressProps {
  /** Where the person is, in words ("Question 2 of 5"); it also names the bar. */
  label: string;
  value: number;
  max: number;
  /** Focused after each move between steps, so screen readers start in the right place. */
  labelRef?: Ref<HTMLParagraphElement>;
}

/** A step-by-step form's position, in words and as a progress bar. */
export function StepProgress({ label, value, max, labelRef }: StepProgressProps) {
  const labelId = useId();
  return (
    <div className="checkin__progress">
      <p id={labelId} ref={labelRef} tabIndex={-1} className="checkin__step">
        {label}
      </p>
      <progress className="checkin__bar" max={max} value={value} aria-labelledby={labelId} />
    </div>
  );
}
