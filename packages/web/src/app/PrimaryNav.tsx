import { Link, useLocation } from 'wouter';
import { t } from '../i18n';
import { isCurrentSection, type NavigationEntry } from './navigation';

/**
 * The app's main sections as one row of links under the header. On a narrow screen the row
 * scrolls sideways rather than hiding behind a menu button: every section stays one tap away.
 */
export function PrimaryNav({ entries }: { entries: readonly NavigationEntry[] }) {
  const [location] = useLocation();
  return (
    <nav aria-label={t('navigation.label')} className="primary-nav">
      <ul className="primary-nav__list">
        {entries.map((entry) => {
          const current = isCurrentSection(entry, location);
          return (
            <li key={entry.href}>
              <Link
                href={entry.href}
                className="primary-nav__link"
                aria-current={current ? 'page' : undefined}
              >
                {t(entry.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
