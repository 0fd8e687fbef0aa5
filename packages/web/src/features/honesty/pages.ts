import { CommitmentsPage } from './CommitmentsPage';
import { DisclosuresPage } from './DisclosuresPage';
import { FullAccountPage } from './FullAccountPage';
import { HonestyPage } from './HonestyPage';
import { QuestionsPage } from './QuestionsPage';
import { TimelinePage } from './TimelinePage';

/** The honesty pages, loaded together when the first of them is opened. */
export const HONESTY_PAGES = {
  hub: HonestyPage,
  questions: QuestionsPage,
  disclosures: DisclosuresPage,
  account: FullAccountPage,
  commitments: CommitmentsPage,
  timeline: TimelinePage,
};
