import { KNOWN_PERSONS, readModelConsumer } from '@linli/events';

/**
 * Keeps the persons population has registered with their area (the kernel's read model), so a
 * landlord is shown and accepted only within the caller's scope. Events may arrive in any
 * order; an older one changes nothing.
 */
export const personConsumer = readModelConsumer('housing-persons', KNOWN_PERSONS);
