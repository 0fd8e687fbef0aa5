import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t, todayInTimeZone } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useCreateSpace } from './api';
import { RelationshipTypeField, RoleField } from './fields';
import type { RelationshipType, Role } from './types';

type Field = 'relationshipType' | 'role' | 'cameToLightOn';

export function CreateSpaceForm() {
  const createSpace = useCreateSpace();
  const { formRef, errorFor, check } = useFormErrors<Field>(createSpace.error);
  const today = todayInTimeZone(useTimeZone());
  const [relationshipType, setRelationshipType] = useState<RelationshipType | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [cameToLightOn, setCameToLightOn] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (relationshipType === null) errors.relationshipType = t('createSpace.relationshipRequired');
    if (role === null) errors.role = t('roles.required');
    if (cameToLightOn === '') errors.cameToLightOn = t('createSpace.cameToLightRequired');
    // ISO calendar dates compare correctly as strings.
    else if (cameToLightOn > today) errors.cameToLightOn = t('createSpace.cameToLightFuture');
    if (!check(errors) || relationshipType === null || role === null) return;
    createSpace.mutate({ relationshipType, role, cameToLightOn });
  };

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('createSpace.title')}</PageHeading>
      <p>{t('createSpace.intro')}</p>
      <form ref={formRef} className="stack stack--loose" onSubmit={onSubmit} noValidate>
        <FormAlert message={createSpace.isError ? errorMessage(createSpace.error) : null} />
        <RelationshipTypeField
          value={relationshipType}
          onChange={setRelationshipType}
          error={errorFor('relationshipType')}
        />
        <RoleField value={role} onChange={setRole} error={errorFor('role')} />
        <TextField
          label={t('createSpace.cameToLight')}
          hint={t('createSpace.cameToLightHint')}
          type="date"
          name="cameToLightOn"
          required
          max={today}
          value={cameToLightOn}
          onValueChange={setCameToLightOn}
          error={errorFor('cameToLightOn')}
          className="input--date"
        />
        <div className="button-row">
          <SubmitButton pending={createSpace.isPending}>{t('createSpace.submit')}</SubmitButton>
        </div>
      </form>
      <p>
        {t('createSpace.joinInstead')} <Link href="/join">{t('createSpace.joinLink')}</Link>
      </p>
    </div>
  );
}
