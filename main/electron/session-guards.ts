import { app, shell, type Session } from 'electron';
import {
  isAllowedRequestUrl,
  isNavigationAllowed,
  isPermissionGranted,
  windowOpenAction,
} from './security-policy.ts';

/** Applies the policy's request and permission guards to a session (checklist 1 and 5). */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  );
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}

/**
 * Applies the navigation, new-window and webview guards to every web contents ever created (checklist 12,
 * 13, 14, 15), including ones a bug might create later.
 */
export function guardAllWebContents(externalHostsNow: () => readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenAction(url, externalHostsNow());
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
  });
}
