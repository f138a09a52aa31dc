import type { Scenario } from '../scenario';
import { consumerKill } from './consumer-kill';
import { duplicateWindow } from './duplicate-window';
import { linkCut } from './link-cut';
import { natsDown } from './nats-down';
import { natsKill } from './nats-kill';
import { poison } from './poison';
import { postgresRestart } from './postgres-restart';
import { relayKill } from './relay-kill';
import { slowHandler } from './slow-handler';

/** The fault matrix, in the order it runs. */
export const SCENARIOS: readonly Scenario[] = [natsKill, natsDown, relayKill, consumerKill, postgresRestart, poison, slowHandler, duplicateWindow, linkCut];
