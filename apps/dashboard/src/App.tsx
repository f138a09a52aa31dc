import { useCallback, useMemo, useState } from 'react';
import { Api, makeRequest } from './api';
import { AreaTree, type AreaSummary } from './AreaTree';
import { DomainFigures } from './Figures';
import { I18n, translator, type Language } from './i18n';
import { sessionFromToken, statisticsOnly, storedToken, storeToken, type Session } from './session';
import { SignIn } from './SignIn';
import { Worklists } from './Worklists';

function restore(): Session | null {
  const token = storedToken();
  if (!token) return null;
  try {
    return sessionFromToken(token);
  } catch {
    storeToken(null);
    return null;
  }
}

export function App({ gatewayUrl }: { gatewayUrl: string }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('linli.language') === 'en' ? 'en' : 'zh'));
  const t = useMemo(() => translator(language), [language]);
  const [session, setSession] = useState<Session | null>(restore);
  const [reason, setReason] = useState<string | null>(() => (storedToken() === null && sessionStorage.getItem('linli.expired') ? t('reason.expired') : null));
  const [area, setArea] = useState<AreaSummary | null>(null);

  const signOut = useCallback((why: string | null) => {
    storeToken(null);
    setSession(null);
    setArea(null);
    setReason(why);
  }, []);

  const signIn = (token: string) => {
    try {
      const next = sessionFromToken(token);
      storeToken(next.token);
      setSession(next);
      setReason(null);
    } catch (error) {
      setReason(t((error as Error).message === 'expired' ? 'reason.expired' : 'reason.not-a-token'));
    }
  };

  const request = useMemo(
    () =>
      session
        ? makeRequest(gatewayUrl, session.token, (message) =>
            signOut(/exp/.test(message) ? `${t('reason.expired')} (${message})` : t('reason.refused') + message),
          )
        : null,
    [gatewayUrl, session, signOut, t],
  );

  const switchLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    localStorage.setItem('linli.language', next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLanguage(next);
  };

  return (
    <I18n.Provider value={{ language, t }}>
      <header>
        <h1>{t('title')}</h1>
        <div className="who">
          {session && (
            <span data-testid="who">
              {session.name} · {session.roles.join(', ')}
            </span>
          )}
          <button type="button" onClick={switchLanguage} data-testid="language">
            {t('language')}
          </button>
          {session && (
            <button type="button" onClick={() => signOut(null)}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      {!session || !request ? (
        <SignIn reason={reason} onSignIn={signIn} />
      ) : (
        <Api.Provider value={request}>
          <main>
            <AreaTree roots={session.areas} selected={area?.code ?? null} onSelect={setArea} />
            <div className="content">
              {area ? (
                <>
                  <h2 className="area-title" data-testid="selected-area">
                    {area.name} <small>{area.code}</small>
                  </h2>
                  <DomainFigures code={area.code} />
                  {statisticsOnly(session) ? (
                    <p className="muted" data-testid="statistics-only">
                      {t('statisticsOnly')}
                    </p>
                  ) : (
                    <Worklists areaCode={area.code} />
                  )}
                </>
              ) : (
                <p className="muted">{t('chooseArea')}</p>
              )}
            </div>
          </main>
        </Api.Provider>
      )}
    </I18n.Provider>
  );
}
