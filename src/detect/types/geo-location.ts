import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// Two decimals: a JSON number drops trailing zeros (`120.280` arrives as `120.28`); only a lat/lng key can carry it.
const COORD = /^-?\d{1,3}\.\d{2,}$/;
const PAIR = /^\s*[([]?\s*(-?\d{1,3}\.\d{4,})\s*[,，\s]\s*(-?\d{1,3}\.\d{4,})\s*[)\]]?\s*$/;
const WKT = /^POINT\s*\(\s*-?\d{1,3}\.\d{3,}\s+-?\d{1,3}\.\d{3,}\s*\)$/i;
const PAIR_TEXT = /(?<![\d.])(-?\d{1,3}\.\d{4,})\s?[,，]\s?(-?\d{1,3}\.\d{4,})(?![\d.])/g;
const EV_PAIR = evidence('latitude,longitude pair in range with ≥4 decimals', 3.5);
const EV_WKT = evidence('WKT POINT', 3.5);
const EV_COORD = evidence('decimal degrees in range with ≥3 decimals', -0.5);
const EV_COORD_SHORT = evidence('decimal degrees in range with 2 decimals', -1.5);
// Map SDKs and delivery platforms send degrees × 10^6 as integers (`latitude: 34221712`); so do many counters.
const MICRO = /^-?\d{7,9}$/;
const EV_MICRO = evidence('integer micro-degrees in range (the key must say latitude/longitude)', 0);

function inRange(a: number, b: number): boolean {
  return (Math.abs(a) <= 90 && Math.abs(b) <= 180) || (Math.abs(a) <= 180 && Math.abs(b) <= 90);
}

export const geoLocation: Detector = {
  type: 'GEO_LOCATION',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.DOT | C.DASH | C.SPACE | C.UPPER | C.LOWER | C.OTHER },
  lengths: [5, 60],
  maxWeight: 3.5,
  keys: {
    strong: [
      'lat', 'lng', 'lon', 'latitude', 'longitude', 'coord', 'coords', 'coordinate', 'coordinates', 'geo', 'gps', 'latlng',
      'lnglat', 'latlon', 'lonlat', 'wd', 'jwd', 'geolocation', 'geopoint', 'gpslocation', 'jingdu', 'weidu',
    ],
    weak: ['location', 'loc', 'position', 'point', 'jd'],
    cjk: ['纬度', '经度', '经纬度', '坐标', '定位'],
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.dot >= 2 && s.digits >= 8,
  // Without a key naming a coordinate, only decimal degrees can count for one.
  positiveShape: (s) => s.dot > 0,
  assess(v, _kind, s) {
    if (s.len < 5 || s.len > 60 || s.digits < 4 || s.cjk > 0) return null;
    if (s.dot === 0) return MICRO.test(v) && Math.abs(+v) >= 1e6 && Math.abs(+v) <= 180e6 ? EV_MICRO : null;
    if (s.dot === 1 && COORD.test(v)) return Math.abs(+v) > 180 ? null : v.length - v.indexOf('.') > 3 ? EV_COORD : EV_COORD_SHORT;
    if (s.dot === 2) {
      const m = PAIR.exec(v);
      if (m !== null) return inRange(+m[1]!, +m[2]!) ? EV_PAIR : null;
    }
    return s.upper > 0 && WKT.test(v) ? EV_WKT : null;
  },
  find(text, hit) {
    PAIR_TEXT.lastIndex = 0;
    for (let m = PAIR_TEXT.exec(text); m !== null; m = PAIR_TEXT.exec(text)) {
      if (inRange(+m[1]!, +m[2]!)) hit(m.index, m.index + m[0].length, EV_PAIR);
    }
  },
  cue: /(?:位置|坐标|定位|经纬|location|coordinates|gps|lat)/i,
};
