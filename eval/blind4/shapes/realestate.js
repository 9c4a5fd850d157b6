'use strict';
// Real estate: rental contracts (e-sign), property-management resident rosters, smart locks.

module.exports = [
  {
    name: 'rental_contract',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const landlord = c.cn({ minY: 1955, maxY: 1985 });
      const foreign = i === 3;
      const tenant = foreign ? c.intl(r.pick(['FR', 'DE', 'KR', 'US'])) : c.cn({ minY: 1985, maxY: 2002 });
      const agency = c.company(landlord.live, '91', '房地产经纪');
      const agent = c.cnName();
      const agentMobile = c.mobile();
      const flat = c.cnAddr(landlord.live);
      const start = c.ts();
      const contractNo = 'ZL' + c.fmtDate(start, 'compact') + r.digits(6);
      const rent = r.pick([2800, 3500, 4200, 5600, 6800, 8500, 12000]);
      const card = c.card('up');
      if (i === 0) {
        // Chinese keys, request from the agency's e-sign front end
        const t = T();
        const remark = `承租人${t('PERSON_NAME', tenant.name)}承诺不转租；钥匙交接请联系${t('PHONE_NUMBER', c.fmtMobile(tenant.mobile, 'dash'))}，押一付三。`;
        return {
          method: 'POST', path: '/api/v3/lease/contracts', direction: 'request',
          body: {
            合同编号: H(contractNo),
            模板版本: H('4.2.10.118'),
            房屋信息: { 房屋地址: L('STREET_ADDRESS', flat.full), 建筑面积: r.float(45, 140, 2), 朝向: r.pick(['南', '南北', '东南']), 户型: `${r.int(1, 4)}室${r.int(1, 2)}厅` },
            出租方: { 姓名: L('PERSON_NAME', landlord.name), 证件类型: '居民身份证', 证件号码: L('CN_RESIDENT_ID', landlord.id), 手机号: L('PHONE_NUMBER', landlord.mobile), 收款账户: { 开户行: '中国工商银行深圳科技园支行', 卡号: L('PAYMENT_CARD', c.fmtCard(card, 'space')) } },
            承租方: { 姓名: L('PERSON_NAME', tenant.name), 证件类型: '居民身份证', 证件号码: L('CN_RESIDENT_ID', tenant.id), 手机号: L('PHONE_NUMBER', c.fmtMobile(tenant.mobile, 'plus86')), 户籍地址: L('STREET_ADDRESS', tenant.addr.full) },
            居间方: { 名称: H(agency.name), 统一社会信用代码: L('CN_USCC', agency.uscc), 经营地址: H(agency.addr), 客服电话: H(c.hotline()), 经纪人: L('PERSON_NAME', agent.name), 经纪人电话: L('PHONE_NUMBER', agentMobile) },
            租期: { 起: H(c.fmtDate(start, 'iso')), 止: H(c.fmtDate(c.addMin(start, 525600), 'iso')) },
            月租金: H(rent), 押金: H(rent * 2), 备注: remark,
          },
        };
      }
      if (i === 3) {
        // foreign tenant, English keys, response
        const passport = c.passportIntl(tenant.country);
        return {
          method: 'GET', path: `/api/v3/lease/contracts/${contractNo}?lang=en`, direction: 'response',
          body: {
            code: 0, message: 'success',
            data: {
              contractNo: H(contractNo), status: 'SIGNED', signedAt: H(c.fmtTs(start, 'iso8')),
              premises: { address: L('STREET_ADDRESS', flat.full), areaSqm: r.float(45, 140, 1), furnished: true },
              lessor: { name: L('PERSON_NAME', landlord.name), idType: 'CN_ID', idNo: L('CN_RESIDENT_ID', landlord.id), mobile: L('PHONE_NUMBER', c.fmtMobile(landlord.mobile, 'plus86c')) },
              lessee: { fullName: L('PERSON_NAME', tenant.name), nationality: tenant.country, idType: 'PASSPORT', idNo: L('PASSPORT_NUMBER', passport), mobile: L('PHONE_NUMBER', tenant.phone), email: L('EMAIL_ADDRESS', tenant.email), dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(tenant.birth, 'iso')), homeAddress: L('STREET_ADDRESS', tenant.addr.full) },
              agency: { name: H(agency.name), creditCode: L('CN_USCC', agency.uscc), hotline: H(c.hotline()) },
              payment: { monthlyRent: H(rent), currency: 'CNY', payeeAccount: L('PAYMENT_CARD', card), payeeBank: 'China Merchants Bank' },
              residencePermitRegistered: false, policeRegistrationNo: H('LZ' + r.digits(16)),
            },
          },
        };
      }
      // camel / snake keys, response listing
      const style = i === 1 ? 'camel' : 'snake';
      const body = {
        contractId: H(c.uuid()), contractNo: H(contractNo),
        house: { fullAddress: L('STREET_ADDRESS', flat.full), rentPrice: H(rent), rentDeposit: H(rent) },
        landlordName: L('PERSON_NAME', landlord.name), landlordIdCard: H(c.maskId(landlord.id)), landlordPhone: H(c.maskMobile(landlord.mobile)),
        tenants: [
          { name: L('PERSON_NAME', tenant.name), idCard: L('CN_RESIDENT_ID', tenant.id), phone: L('PHONE_NUMBER', c.fmtMobile(tenant.mobile, 'num')), isPrimary: true },
          (() => { const co = c.cn({ minY: 1985, maxY: 2002 }); return i === 2 ? { name: L('PERSON_NAME', co.name), idType: 'HOME_RETURN_PERMIT', idCard: L('CN_HK_MACAU_PERMIT', c.hkPermit(r.pick(['H', 'M']))), phone: L('PHONE_NUMBER', `+852 ${r.pick([5, 6, 9])}${r.digits(3)} ${r.digits(4)}`), isPrimary: false } : { name: L('PERSON_NAME', co.name), idCard: L('CN_RESIDENT_ID', co.id), phone: L('PHONE_NUMBER', co.mobile), isPrimary: false }; })(),
        ],
        rentCollectAccount: { accountName: L('PERSON_NAME', landlord.name), accountNo: L('PAYMENT_CARD', card) },
        agencyUscc: L('CN_USCC', agency.uscc), agencyName: H(agency.name), agencyHotline: H(c.hotline()),
        createTime: H(c.fmtTs(start, 'epochMs')), updateTime: H(c.fmtTs(c.addMin(start, 90), 'sql')),
        esignFlowId: H(r.hex(32)),
      };
      return { method: 'GET', path: `/api/v3/lease/contracts?page=1&size=20&status=ACTIVE`, direction: 'response', body: { success: true, result: { records: [c.restyle(body, style)], total: 1 } } };
    },
  },

  {
    name: 'property_resident_roster',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region(r.pick(['440305', '330106', '510107', '320102', '420106']));
      const co = c.company(reg, '91', '物业管理');
      const communityId = r.int(1000, 9999);
      const residents = Array.from({ length: r.int(2, 4) }, () => c.cn({ live: reg.code, minY: 1950, maxY: 1998 }));
      if (i === 2) {
        // arrays of arrays: header row + data rows, pinyin-initial column codes
        const cols = ['fh', 'xm', 'sjh', 'sfzh', 'cph', 'cwh', 'qfje', 'rzrq'];
        return {
          method: 'GET', path: `/wy/api/v1/yezhu/export?xqid=${communityId}&fmt=grid`, direction: 'response',
          body: { code: 200, msg: '操作成功', wygs: H(co.name), kfdh: H(c.hotline()), cols,
            rows: residents.map((p) => [
              `${r.int(1, 18)}-${r.int(1, 4)}-${r.int(1, 32)}0${r.int(1, 6)}`,
              L('PERSON_NAME', p.name), L('PHONE_NUMBER', p.mobile), L('CN_RESIDENT_ID', p.id),
              r.chance(0.7) ? L('LICENSE_PLATE', c.plateCN()) : '', H(`B2-${r.int(1, 480)}`), H(c.amount(0, 5000)), H(c.fmtDate(c.date(2012, 2023), 'iso')),
            ]) },
        };
      }
      if (i === 3) {
        // masked public listing (催缴公示) - only hard negatives, plus one owner's note
        return {
          method: 'GET', path: `/wy/api/v1/cuijiao/gongshi?xqid=${communityId}`, direction: 'response',
          body: { code: 200, data: { title: '物业费欠缴公示', wygs: H(co.name), lxdh: H(c.hotline()), list: residents.map((p) => ({
            fh: `${r.int(1, 18)}栋${r.int(1, 32)}0${r.int(1, 6)}`, xm: H(c.maskName(p.name)), sjh: H(c.maskMobile(p.mobile)), qfys: r.int(2, 14), qfje: H(c.amount(600, 9000)),
          })), gsrq: H(c.fmtDate(c.ts(), 'cn')) } },
        };
      }
      // i=0: pinyin initials; i=1: full pinyin words
      const full = i === 1;
      const k = full ? { fh: 'fanghao', xm: 'xingming', sjh: 'shoujihao', sfzh: 'shenfenzhenghao', csrq: 'chushengriqi', cph: 'chepaihao', jjlxr: 'jinjilianxiren', jjdh: 'jinjidianhua', rzsj: 'ruzhushijian', sfyz: 'shifouyezhu' } :
        { fh: 'fh', xm: 'xm', sjh: 'sjh', sfzh: 'sfzh', csrq: 'csrq', cph: 'cph', jjlxr: 'jjlxr', jjdh: 'jjlxdh', rzsj: 'rzsj', sfyz: 'sfyz' };
      return {
        method: 'GET', path: `/wy/api/v1/fangwu/yezhu?xqid=${communityId}&page=1&pageSize=50`, direction: 'response',
        body: { code: 200, msg: 'ok', data: { xqmc: reg.dist + r.pick(['阳光花园', '翠湖苑', '华润城']), total: residents.length, rows: residents.map((p) => {
          const kin = c.cnName();
          const o = {};
          o[k.fh] = `${r.int(1, 18)}栋${r.int(1, 4)}单元${r.int(1, 32)}0${r.int(1, 6)}`;
          o[k.xm] = L('PERSON_NAME', p.name);
          o[k.sjh] = r.chance(0.4) ? L('PHONE_NUMBER', Number(p.mobile), p.mobile) : L('PHONE_NUMBER', p.mobile);
          o[k.sfzh] = L('CN_RESIDENT_ID', p.id);
          o[k.csrq] = L('DATE_OF_BIRTH', c.fmtDate(p.birth, full ? 'iso' : 'compact'));
          o[k.cph] = r.chance(0.6) ? L('LICENSE_PLATE', c.plateCN(undefined, r.pick(['', '·']))) : null;
          o[k.jjlxr] = L('PERSON_NAME', kin.name);
          o[k.jjdh] = L('PHONE_NUMBER', c.fmtMobile(c.mobile(), 'dash'));
          o[k.rzsj] = H(c.fmtDate(c.date(2010, 2023), 'iso'));
          o[k.sfyz] = r.pick(['1', '0']);
          return r.chance(0.5) ? c.shuffleKeys(o) : o;
        }) } },
      };
    },
  },

  {
    name: 'smart_lock_access',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const owner = c.cn({ minY: 1970, maxY: 1998 });
      const lockId = 'LK' + r.digits(10);
      const fw = c.version4();
      const mkRec = (p, type) => ({
        recordId: H(c.uuid()), openType: type, userName: L('PERSON_NAME', p.name), userPhone: L('PHONE_NUMBER', c.fmtMobile(p.mobile, r.pick(['plain', 'plus86c']))),
        keyId: r.int(1, 99), success: true, openTime: H(c.fmtTs(c.ts(), 'epochMs')),
      });
      const family = c.cn({ live: owner.live.code, minY: 1972, maxY: 2010 });
      if (i === 2) {
        // webhook from lock cloud, payload base64 of JSON
        const tmp = r.digits(6);
        const payload = c.J({ event: 'TEMP_PASSWORD_CREATED', lockSn: c.serial(), createdBy: L('PERSON_NAME', owner.name), createdByPhone: L('PHONE_NUMBER', owner.mobile), tempPassword: L('CREDENTIAL', tmp), validFrom: c.fmtTs(c.ts(), 'epoch'), validHours: 4 });
        return {
          method: 'POST', path: '/webhook/lock-events', direction: 'request',
          body: { appId: H('wx' + r.hex(16)), nonce: r.alnum(16), timestamp: H(c.fmtTs(c.ts(), 'epoch')), sign: H(c.md5().toUpperCase()), data: c.B64(payload) },
        };
      }
      const lng_first = i === 1;
      return {
        method: 'GET', path: `/openapi/v1/locks/${lockId}/records?start=${c.fmtTs(c.ts(), 'epoch')}&limit=20`, direction: 'response',
        body: {
          errcode: 0,
          lock: {
            lockSn: H(c.serial()), imei: H(c.imei()), firmware: H(fw), model: H('K20-Max'), battery: r.int(8, 100),
            installAddress: L('STREET_ADDRESS', owner.addr.full),
            location: lng_first ? L('GEO_LOCATION', `${owner.home[1]},${owner.home[0]}`) : { lat: L('GEO_LOCATION', owner.home[0]), lng: L('GEO_LOCATION', owner.home[1]) },
            adminPhone: L('PHONE_NUMBER', owner.mobile),
          },
          records: [mkRec(owner, 'FINGERPRINT'), mkRec(family, r.pick(['FACE', 'PASSWORD', 'APP'])), { recordId: H(c.uuid()), openType: 'TEMP_PASSWORD', userName: '临时密码', keyId: 0, success: r.chance(0.5), openTime: H(c.fmtTs(c.ts(), 'epochMs')) }],
          alarms: r.chance(0.5) ? [{ type: 'TAMPER', time: H(c.fmtTs(c.ts(), 'sql')) }] : [],
        },
      };
    },
  },
];
