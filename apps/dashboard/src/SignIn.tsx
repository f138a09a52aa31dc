import { useState } from 'react';
import { useI18n } from './i18n';

/** Paste a token to sign in; the reason the last session ended is shown above. */
export function SignIn({ reason, onSignIn }: { reason: string | null; onSignIn: (token: string) => void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  return (
    <form
      className="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        onSignIn(token);
      }}
    >
      <h1>{t('title')}</h1>
      {reason && (
        <p className="reason" role="alert" data-testid="sign-in-reason">
          {reason}
        </p>
      )}
      <label htmlFor="token">{t('tokenLabel')}</label>
      <textarea id="token" name="token" rows={6} value={token} placeholder={t('tokenPlaceholder')} onChange={(event) => setToken(event.target.value)} />
      <button type="submit" disabled={!token.trim()}>
        {t('signIn')}
      </button>
    </form>
  );
}
