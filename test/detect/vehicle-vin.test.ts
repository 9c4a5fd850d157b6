import { vehicleVin } from '../../src/detect/types/vehicle-vin';
import { specify } from './table';

specify(vehicleVin, [
  ['1M8GDM9AXKP042788', 'strong'],
  ['LSVAU2180N2183294', 'weak'], // check digit not valid: EU-style VIN, key must decide
  ['1M8GDM9AXKP04278O', null], // O is not in the VIN alphabet
  ['12345678901234567', null],
], [
  ['VIN 1M8GDM9AXKP042788 登记', ['1M8GDM9AXKP042788']],
]);
