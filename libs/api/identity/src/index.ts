export { IdentityModule } from './identity.module';
export {
  SessionService,
  SESSION_COOKIE,
  type SessionData,
  type IssuedSession,
} from './session/session.service';
export { SignInRefusedError, type RefusalReason } from './identity.errors';
