import { Route, Switch } from 'wouter';
import { ForgotPasswordPage } from '../features/accounts/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/accounts/ResetPasswordPage';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { WelcomePage } from '../features/accounts/WelcomePage';
import { JoinPage } from '../features/invitations/JoinPage';
import { SpacePage } from '../features/space/SpacePage';
import { NotFoundPage } from './NotFoundPage';
import { SignedInOnly, SignedOutOnly } from './SessionGate';

export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <SignedOutOnly redirectTo={() => '/space'}>
          <WelcomePage />
        </SignedOutOnly>
      </Route>
      <Route path="/sign-up">
        <SignedOutOnly>
          <SignUpPage />
        </SignedOutOnly>
      </Route>
      <Route path="/sign-in">
        <SignedOutOnly>
          <SignInPage />
        </SignedOutOnly>
      </Route>
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/space">
        <SignedInOnly>
          <SpacePage />
        </SignedInOnly>
      </Route>
      <Route path="/join/:token">{({ token }) => <JoinPage token={token} />}</Route>
      <Route path="/join">
        <JoinPage token={null} />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
