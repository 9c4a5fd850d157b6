import type { Rng } from './rng';
import type { KeyStyle } from './build';
import { styled } from './build';

// Key names per concept. `main` names are what APIs commonly use (English,
// pinyin initials, Chinese, legacy abbreviations); `heldout` names are ones
// the classifier's vocabularies do not contain: that split measures what the
// value, siblings, path and route history decide on their own. When a held-out
// name becomes a vocabulary word (as `kontonummer`, `reisepass`, `kennwort` and
// others did), it is replaced here by a fresh one of the same concept.

const POOLS: Record<string, { main: string[]; heldout: string[] }> = {
  name: { main: ['name', 'realName', 'full_name', 'xm', 'customerName', '姓名', 'trueName', 'contactName', 'userName', 'khxm'], heldout: ['who', 'fio', 'persona', 'moniker', 'appellation', 'called'] },
  phone: { main: ['phone', 'mobile', 'mobileNo', 'sjh', 'lxdh', 'tel', 'contactPhone', '手机号', 'cellphone', 'phone_number', 'sjhm', '联系电话'], heldout: ['hp', 'reach_at', 'mob', 'cellular', 'buzz_no', 'dial_no', 'bell'] },
  idcard: { main: ['idCard', 'id_no', 'sfzh', 'idNumber', '身份证号', 'certNo', 'zjhm', 'identityCard'], heldout: ['nid', 'ident', 'personal_code', 'cid_no', 'shenfen'] },
  email: { main: ['email', 'mail', 'emailAddress', '邮箱', 'yx', 'contactEmail'], heldout: ['inbox', 'e_contact', 'reply_to', 'buzon'] },
  card: { main: ['cardNo', 'card_number', 'bankCard', 'yhkh', 'pan', 'creditCard', '银行卡号'], heldout: ['plastic', 'ccn', 'chip_num', 'kartu'] },
  account: { main: ['bankAccount', 'account_no', 'acctNo', 'yhzh', 'iban', 'settlementAccount', '收款账号', 'payeeAccount'], heldout: ['giro_no', 'rib', 'payout_dest', 'wire_to'] },
  address: { main: ['address', 'addr', 'homeAddress', 'jtdz', 'shippingAddress', '收货地址', 'street', 'detailAddress', 'xxdz'], heldout: ['lodging', 'whereabouts', 'drop_point', 'abode'] },
  dob: { main: ['birthday', 'birthDate', 'dob', 'csrq', '出生日期', 'date_of_birth'], heldout: ['nacido', 'natal', 'bd', 'cumple'] },
  ip: { main: ['ip', 'clientIp', 'loginIp', 'remote_addr', 'ip_address', 'sourceIp'], heldout: ['netloc', 'wan', 'lan_endpoint', 'seen_from'] },
  lat: { main: ['lat', 'latitude', 'wd', '纬度'], heldout: [] },
  lng: { main: ['lng', 'longitude', 'lon', '经度'], heldout: [] },
  geo: { main: ['location', 'coordinates', 'gps', 'latlng', '坐标'], heldout: ['pin', 'spot', 'where_xy'] },
  plate: { main: ['plateNo', 'plate', 'cph', 'licensePlate', '车牌号', 'carNo', 'hphm'], heldout: ['rego', 'kennzeichen', 'reg_mark'] },
  vin: { main: ['vin', 'cjh', 'frameNo', '车架号', 'vinCode'], heldout: ['fin', 'fgst', 'vid_code'] },
  uscc: { main: ['uscc', 'creditCode', 'tyshxydm', '统一社会信用代码', 'socialCreditCode'], heldout: ['org_reg', 'biz_reg', 'firm_code'] },
  passport: { main: ['passportNo', 'passport', 'hzh', '护照号'], heldout: ['pp_no', 'reisedok', 'travel_doc'] },
  permit: { main: ['hkMacauPermit', 'gatxz', 'permitNo', '港澳通行证号', 'homeReturnPermit'], heldout: ['exit_doc', 'two_way', 'hk_slip'] },
  ssn: { main: ['ssn', 'socialSecurityNumber', 'ssn_full'], heldout: ['sozial', 'nss', 'tax_ident'] },
  password: { main: ['password', 'pwd', 'passwd', 'mm', '密码', 'loginPassword'], heldout: ['losung', 'parole', 'pw'] },
  token: { main: ['access_token', 'token', 'refreshToken', 'apiKey', 'api_key', 'authorization', 'secret'], heldout: ['grant', 'sesame', 'bearer_blob'] },
};

/**
 * The key vocabulary of one API instance: a concept keeps its name across
 * every case of the instance, as a real route keeps its schema.
 */
export class KeyChooser {
  private readonly chosen = new Map<string, string>();
  constructor(private readonly r: Rng, readonly split: 'main' | 'heldout', readonly style: KeyStyle) {}

  /** A key for a concept; in the held-out split, an unseen name when the concept has one. */
  k(concept: keyof typeof POOLS): string {
    let key = this.chosen.get(concept);
    if (key === undefined) {
      const p = POOLS[concept]!;
      const pool = this.split === 'heldout' && p.heldout.length > 0 ? p.heldout : p.main;
      key = styled(this.r.pick(pool), this.style);
      this.chosen.set(concept, key);
    }
    return key;
  }
  /** A plain (non-sensitive) key in the case's naming convention. */
  s(key: string): string {
    return styled(key, this.style);
  }
}
