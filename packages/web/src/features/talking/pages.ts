import { ConversationsPage } from './ConversationsPage';
import { MeetingsPage } from './MeetingPage';
import { PromptsPage } from './PromptsPage';
import { TalkingPage } from './TalkingPage';
import { TogetherPage } from './TogetherPage';
import { TriggersPage } from './TriggersPage';

/** The talking pages, loaded together as one chunk when any of them is first opened. */
export const TALKING_PAGES = {
  hub: TalkingPage,
  conversations: ConversationsPage,
  meetings: MeetingsPage,
  prompts: PromptsPage,
  triggers: TriggersPage,
  together: TogetherPage,
};
