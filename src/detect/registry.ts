import type { Detector } from './detector';
import { bankAccount } from './types/bank-account';
import { cnResidentId } from './types/cn-resident-id';
import { cnUscc } from './types/cn-uscc';
import { credential } from './types/credential';
import { dateOfBirth } from './types/date-of-birth';
import { email } from './types/email';
import { geoLocation } from './types/geo-location';
import { hkMacauPermit } from './types/hk-macau-permit';
import { ipAddress } from './types/ip-address';
import { licensePlate } from './types/license-plate';
import { passport } from './types/passport';
import { paymentCard } from './types/payment-card';
import { personName } from './types/person-name';
import { phone } from './types/phone';
import { streetAddress } from './types/street-address';
import { usSsn } from './types/us-ssn';
import { vehicleVin } from './types/vehicle-vin';

/**
 * Every built-in detector, one per taxonomy type. Order breaks ties between
 * equally confident types: checksummed formats first, loose ones last.
 */
export const DETECTORS: readonly Detector[] = [
  cnResidentId,
  cnUscc,
  email,
  vehicleVin,
  licensePlate,
  phone,
  paymentCard,
  bankAccount,
  usSsn,
  ipAddress,
  geoLocation,
  hkMacauPermit,
  passport,
  dateOfBirth,
  credential,
  streetAddress,
  personName,
];
