import type { Detector } from './detector';
import { credential } from './types/credential';
import { cnResidentId } from './types/cn-resident-id';
import { email } from './types/email';
import { ipAddress } from './types/ip-address';
import { paymentCard } from './types/payment-card';
import { personName } from './types/person-name';
import { phone } from './types/phone';

/** Every built-in detector. Order breaks ties between equally confident types. */
export const DETECTORS: readonly Detector[] = [
  cnResidentId,
  email,
  phone,
  paymentCard,
  ipAddress,
  credential,
  personName,
];
