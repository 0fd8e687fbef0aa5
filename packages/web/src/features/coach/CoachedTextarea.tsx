import { type ComponentProps, useId } from 'react';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { CoachNotes } from './CoachNotes';

type CoachedTextareaProps = Omit<ComponentProps<typeof TextAreaField>, 'describedBy' | 'children'>;

/**
 * A text field for words the partner will read, with the communication coach under it. Same
 * props as TextAreaField; the coach runs on the device and never stops the form from sending.
 */
export function CoachedTextarea(props: CoachedTextareaProps) {
  const summaryId = `${useId()}-coach`;
  return (
    <TextAreaField {...props} describedBy={summaryId}>
      <CoachNotes text={props.value} onUseSuggestion={props.onValueChange} summaryId={summaryId} />
    </TextAreaField>
  );
}
