import { RadioGroup } from '../../app/ui/RadioGroup';
import { t } from '../../i18n';
import { RELATIONSHIP_TYPES, type RelationshipType, ROLES, type Role } from './types';

interface ChoiceFieldProps<T extends string> {
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
}

export function RelationshipTypeField(props: ChoiceFieldProps<RelationshipType>) {
  return (
    <RadioGroup
      legend={t('createSpace.relationshipLegend')}
      name="relationshipType"
      options={RELATIONSHIP_TYPES.map((type) => ({
        value: type,
        label: t(`relationshipTypes.${type}`),
      }))}
      required
      {...props}
    />
  );
}

/** Asked when creating a space and when joining one: each partner answers for themselves. */
export function RoleField(props: ChoiceFieldProps<Role>) {
  return (
    <RadioGroup
      legend={t('roles.legend')}
      hint={t('roles.hint')}
      name="role"
      options={ROLES.map((role) => ({ value: role, label: t(`roles.choice.${role}`) }))}
      required
      {...props}
    />
  );
}
