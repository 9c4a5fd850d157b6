// Vocabulary shared by every type: words that make a key, a path segment or a
// sibling mean "not sensitive", "a person", "a thing", "prose", or "the label
// of a generic value". Type-specific words live in each detector.

/** Trailing tokens that qualify rather than name (`mobile_no`, `phone_number_str`, `tel2`). */
export const SUFFIXES = new Set([
  'no', 'num', 'number', 'nbr', 'nr', 'code', 'str', 'string', 'text', 'txt', 'value', 'val', 'info', 'raw',
  'enc', 'encrypted', 'plain', 'list', 'arr', 'hm', 'h', 'main', 'primary', 'backup', 'alt', 'bak', 'new',
  'old', 'cur', 'current', 'full', 'v', 'field', 'col', 'doc', 'document',
  // Language and script of the same value (`nameEn`, `passengerNameCn`, `name_local`, `shimei_kana`).
  'en', 'eng', 'cn', 'zh', 'chn', 'local', 'native', 'latin', 'kana', 'kanji', 'py', 'pinyin', 'intl',
  // `Straße_Hausnr`: street and house number in one value.
  'hausnr', 'hausnummer', 'numero', 'nummer',
  // A document kind's holder (`HK_MO_RESIDENT` as a certificate type).
  'resident',
]);

/** Heads that name a non-sensitive thing: identifiers, quantities, money, time, versions, hashes. */
export const NEGATIVE = new Set([
  'id', 'uid', 'pk', 'key', 'ids', 'guid', 'uuid', 'oid', 'rowid', 'objectid', 'ref', 'refno', 'reference',
  'order', 'orderno', 'orderid', 'ordernumber', 'trade', 'tradeno', 'tradeid', 'txn', 'txnid', 'txnno',
  'transaction', 'transactionid', 'transno', 'serial', 'serialno', 'seq', 'seqno', 'sequence', 'sku', 'skuid',
  'spu', 'barcode', 'ean', 'upc', 'isbn', 'volume', 'vol', 'qty', 'quantity', 'amount', 'amt', 'price', 'px',
  'balance', 'total', 'count', 'cnt', 'size', 'length', 'weight', 'height', 'width', 'timestamp', 'ts', 'time',
  'date', 'createdat', 'updatedat', 'created', 'updated', 'expires', 'expiry', 'expiresat', 'expiresin',
  'version', 'ver', 'rev', 'revision', 'build', 'hash', 'md5', 'sha', 'sha1', 'sha256', 'checksum', 'crc',
  'etag', 'digest', 'trace', 'traceid', 'spanid', 'requestid', 'reqid', 'correlationid', 'invoice', 'invoiceno',
  'waybill', 'waybillno', 'tracking', 'trackingno', 'trackingnumber', 'shipment', 'batch', 'batchno', 'lot',
  'lotno', 'model', 'modelno', 'part', 'partno', 'symbol', 'ticker', 'stockcode', 'seccode', 'isin', 'cusip',
  'status', 'state', 'type', 'kind', 'category', 'level', 'score', 'rate', 'ratio', 'percent', 'pct', 'index',
  'idx', 'page', 'offset', 'limit', 'cursor', 'duration', 'latency', 'port', 'url', 'uri', 'path', 'href',
  'link', 'image', 'img', 'avatar', 'icon', 'color', 'currency', 'unit', 'lang', 'locale', 'timezone', 'tz',
  'macaddress', 'mac', 'walletaddress', 'contractaddress', 'webaddress', 'mimetype', 'format', 'ext', 'tag',
  'tags', 'flag', 'enabled', 'fee', 'tax', 'cost', 'turnover', 'shares', 'lots', 'position', 'pnl', 'profit',
  'open', 'close', 'high', 'low', 'bid', 'ask', 'change', 'orderseq', 'sn', 'dh2', 'ddh', 'lsh', 'jylsh',
  'bh', 'bianhao', 'caseid', 'ticketno', 'voucher', 'voucherno', 'coupon', 'couponcode', 'promo', 'promocode',
  'verifycode', 'captcha', 'smscode', 'otpid', 'deviceid', 'imei', 'sessioncount', 'tokens', 'maxtokens',
  'tokencount', 'tokentype', 'granttype', 'keyid', 'kid', 'alg', 'scope',
  // Tokens that number a page or a step, not grant access (`nextPageToken`, MCP's `progressToken`, AWS `NextToken`).
  'pagetoken', 'nexttoken', 'progresstoken', 'continuationtoken', 'synctoken', 'resumetoken', 'paginationtoken', 'cursortoken',
  // A person's number at work identifies them, it is no document of theirs (`EmployeeNo: "E99980031"`).
  'employeeno', 'employeenumber', 'staffno', 'staffnumber', 'workno', 'workerno', 'empno', 'gonghao',
  // A visa status (`work_authorization: "H-1B"`), not an Authorization header.
  'workauthorization', 'year', 'month', 'day', 'age', 'firmware',
  'fw', 'sdk', 'appversion', 'osversion', 'fwversion', 'release', 'sample', 'sampleno', 'specimen', 'specimenno',
  'gender', 'sex', 'mileage', 'odometer', 'temperature', 'kwh', 'power', 'voltage', 'current', 'meterno',
  'meterid', 'stationid', 'plantid', 'lineid', 'workorder', 'workorderno', 'mo', 'pono', 'po', 'grn', 'asn',
  'dept', 'deptid', 'courseid', 'classid', 'grade', 'credit', 'credits', 'gpa', 'room', 'bed', 'bedno',
  'ward', 'visitno', 'admissionno', 'mrn', 'icd', 'dosage', 'dose', 'sessionno', 'policyno', 'claimno',
  'contractno', 'accountid', 'userid', 'customerid', 'memberid', 'patientid', 'studentid', 'employeeid',
  'driverid', 'vehicleid', 'productid', 'itemid', 'storeid', 'shopid', 'merchantid', 'appid', 'clientid',
  'tenantid', 'orgid', 'projectid', 'hashcode', 'nonce', 'salt', 'fingerprint', 'signature', 'sign',
  // An organisation's public lines: a hotline, a complaints or support number.
  'hotline', 'servicehotline', 'complainttel', 'complaintphone', 'complaintline', 'servicetel', 'servicephone',
  'supporttel', 'supportphone', 'helpline', 'helpdesk', 'kefudianhua', 'tousudianhua', 'jiandudianhua', 'rexian',
]);
export const NEGATIVE_CJK = [
  '订单', '单号', '流水', '交易号', '成交', '委托', '数量', '金额', '价格', '余额', '编号', '编码', '序号', '批次',
  '条码', '型号', '版本', '时间', '日期', '状态', '类型', '代码', '股票代码', '证券代码', '运单', '快递单', '物流单',
  '工单', '合同号', '发票', '凭证', '积分', '次数', '件数', '库存', '重量', '里程', '电量', '功率', '电压', '温度',
  '指数', '涨跌', '市值', '手续费', '金额', '单价', '总价', '数目',
];

/** Modifiers that say the head belongs to a person (`customer_name`, `收货人电话`). */
export const PERSON_ROLES = new Set([
  'customer', 'cust', 'client', 'user', 'member', 'committer', 'assignee', 'reporter', 'patient', 'student', 'teacher', 'driver', 'contact', 'holder',
  'cardholder', 'owner', 'applicant', 'buyer', 'receiver', 'recipient', 'consignee', 'sender', 'shipper',
  'employee', 'emp', 'staff', 'emergency', 'guardian', 'parent', 'father', 'mother', 'spouse', 'doctor',
  'nurse', 'physician', 'beneficiary', 'insured', 'policyholder', 'investor', 'legal', 'representative',
  'courier', 'rider', 'passenger', 'guest', 'tenant', 'landlord', 'borrower', 'lender', 'payer', 'payee',
  'real', 'first', 'last', 'given', 'family', 'middle', 'person', 'personal', 'manager', 'handler', 'creator',
  'approver', 'reviewer', 'signer', 'visitor', 'candidate', 'resident', 'citizen', 'worker', 'operator',
  'account', 'subscriber', 'caller', 'agent', 'salesman', 'advisor', 'inspector', 'technician',
  'author', 'attendee', 'traveler', 'traveller', 'kh', 'yh', 'lxr', 'shr', 'fjr', 'sjr', 'hz', 'xs', 'js', 'br', 'jz', 'yz',
  'people', 'profile', 'contacts', 'customers', 'users', 'members', 'patients', 'students', 'drivers',
  'employees', 'holders', 'owners', 'applicants', 'receivers', 'recipients', 'passengers', 'guests', 'me',
  'self', 'my', 'his', 'her', 'kin', 'nextofkin', 'relative', 'child', 'children', 'dependent', 'insurant',
  // People who serve or attend a person: their records name them.
  'vet', 'veterinarian', 'coach', 'trainer', 'instructor', 'tutor', 'therapist', 'pharmacist', 'dentist', 'surgeon',
  'caregiver', 'nanny', 'werker', 'mitarbeiter', 'witness', 'victim', 'suspect', 'plaintiff', 'defendant', 'attorney',
  'lawyer', 'donor', 'guarantor', 'volunteer', 'athlete',
  // Who prepared, checked or handled a record (`preparer` 填报人, `underwriter`, `cashier`).
  'preparer', 'underwriter', 'submitter', 'requester', 'requestor', 'examiner', 'auditor', 'verifier', 'checker',
  'registrar', 'dispatcher', 'picker', 'packer', 'cashier', 'clerk', 'teller', 'adjuster', 'assessor', 'surveyor',
  'interviewer', 'interviewee', 'referrer', 'trustee', 'nominee', 'signatory',
]);
export const PERSON_CJK = [
  '客户', '用户', '会员', '患者', '病人', '学生', '老师', '教师', '司机', '联系人', '持卡人', '车主', '申请人',
  '买家', '收货人', '收件人', '寄件人', '发件人', '员工', '职工', '紧急', '监护人', '家长', '父亲', '母亲', '配偶',
  '医生', '护士', '受益人', '被保险人', '投保人', '投资者', '法人', '乘客', '租户', '借款人', '付款人', '收款人',
  '本人', '个人', '经办人', '负责人', '审批人', '访客', '居民', '业主', '开户人', '户主', '家属', '学员', '骑手',
];

/** Modifiers and containers that say the head belongs to a thing or an organisation. */
export const THINGS = new Set([
  // An animal has a name and a birth date too.
  'pet', 'pets', 'animal', 'dog', 'puppy', 'livestock', 'cattle',
  'product', 'prod', 'goods', 'sku', 'spu', 'stock', 'stocks', 'security', 'securities', 'sec',
  'fund', 'bond', 'index', 'company', 'corp', 'corporation', 'org', 'organization', 'organisation', 'enterprise',
  'merchant', 'mch', 'shop', 'store', 'brand', 'category', 'cat', 'file', 'image', 'doc', 'document', 'bank',
  'branch', 'course', 'school', 'class', 'department', 'dept', 'project', 'city', 'province', 'country',
  'region', 'district', 'app', 'device', 'model', 'host', 'server', 'service', 'plan', 'drug', 'medicine',
  'disease', 'diagnosis', 'hospital', 'clinic', 'vehicle', 'part', 'material', 'warehouse', 'station', 'route',
  'channel', 'tag', 'event', 'template', 'queue', 'topic', 'job', 'task', 'table', 'column', 'attribute', 'menu',
  'role', 'group', 'team', 'site', 'domain', 'package', 'module', 'api', 'method', 'function', 'env', 'cluster',
  'node', 'pod', 'namespace', 'bucket', 'zone', 'instrument', 'contract', 'exchange', 'market', 'sector',
  'industry', 'board', 'factory', 'line', 'tool', 'machine', 'equipment', 'supplier', 'vendor', 'carrier',
  'logistics', 'express', 'plant', 'meter', 'grid', 'substation', 'feeder', 'campaign', 'coupon', 'promotion',
  'policy', 'insurance', 'product_line', 'quote', 'quotes', 'ticker', 'symbol', 'portfolio', 'order', 'orders',
  'trade', 'trades', 'position', 'positions', 'holdings', 'products', 'goods_list', 'skus', 'catalog', 'inventory',
  // Not `subject`: a background check's or a GDPR request's subject is a person.
  'lesson', 'exam', 'major', 'college', 'university', 'ward', 'lab', 'test', 'report', 'workshop',
  'brand', 'series', 'config', 'setting', 'settings', 'feature', 'metric', 'metrics', 'field', 'source', 'target',
  'gs', 'dw', 'sp', 'cp', 'yp', 'gp', 'jj', 'zq',
]);
/**
 * Fixed places open to the public: their coordinates are not a person's whereabouts (`stationGeo`,
 * `poi_latitude`, `/store/lat`). Not `home`, `office` or `vehicle`, whose positions track a person.
 */
export const PLACES = new Set([
  'station', 'store', 'shop', 'poi', 'merchant', 'branch', 'warehouse', 'venue', 'outlet', 'depot', 'stop',
  'restaurant', 'hotel', 'mall', 'parking', 'charger', 'pile', 'site', 'facility', 'landmark', 'hospital', 'clinic', 'park',
  'cinema', 'theater', 'theatre', 'museum', 'stadium', 'airport', 'port', 'harbor', 'harbour', 'terminal',
  // Fixed equipment: where a camera or a transformer stands is not where a person is.
  'camera', 'cctv', 'kiosk', 'atm', 'tower', 'substation', 'transformer', 'beacon',
]);
/** Places that are a business's premises, whose address is the business's (`storeAddr`); not `site` or `stop`, often a home. */
export const PREMISES = new Set([
  'station', 'store', 'shop', 'merchant', 'branch', 'warehouse', 'venue', 'outlet', 'depot', 'restaurant', 'hotel', 'mall',
]);
export const PLACE_CJK = ['站点', '门店', '网点', '商户', '商家', '店铺', '充电站', '加油站', '仓库', '场站', '景点', '医院', '院区', '诊所'];
export const THING_CJK = [
  '商品', '产品', '货品', '股票', '证券', '基金', '债券', '公司', '企业', '单位', '机构', '商户', '店铺', '门店',
  '品牌', '类目', '文件', '银行', '支行', '网点', '课程', '学校', '班级', '部门', '项目', '城市', '设备', '型号',
  '药品', '疾病', '医院', '科室', '车型', '零件', '物料', '仓库', '站点', '线路', '渠道', '工厂', '产线', '板块',
  '行业', '供应商', '承运商', '电站', '变电站', '活动', '名称',
];

/** Sibling heads that mark a trade, quote or product line rather than a person record. */
export const TRADE_WORDS = new Set([
  'price', 'px', 'qty', 'quantity', 'volume', 'vol', 'amount', 'amt', 'sku', 'spu', 'symbol', 'ticker', 'stockcode',
  'seccode', 'isin', 'barcode', 'ean', 'upc', 'turnover', 'bid', 'ask', 'open', 'close', 'high', 'low', 'shares',
  'lots', 'position', 'pnl', 'stock', 'brand', 'model', 'partno', 'batchno', 'inventory',
  // A language model's output: a `token` beside its `logprob` is a piece of text, not a secret.
  'logprob', 'logprobs',
]);

/** Keys whose values are prose: scanned for embedded values. */
export const PROSE = new Set([
  'remark', 'remarks', 'note', 'notes', 'comment', 'comments', 'description', 'desc', 'content', 'message', 'msg',
  'text', 'body', 'memo', 'summary', 'detail', 'details', 'reason', 'feedback', 'bz', 'log', 'query', 'q',
  'prompt', 'input', 'output', 'answer', 'reply', 'chat', 'transcript', 'narrative', 'history', 'complaint',
  'instructions', 'instruction', 'extra', 'extinfo', 'ext', 'payload', 'raw', 'data', 'attach', 'attachment',
  'beizhu', 'shuoming', 'review',
]);
export const PROSE_CJK = ['备注', '说明', '描述', '内容', '留言', '评论', '消息', '详情', '反馈', '病历', '主诉', '原因'];

/** Keys of a generic value whose meaning a sibling label gives (`{"type":"mobile","value":"…"}`). */
export const GENERIC = new Set(['value', 'val', 'v', 'data', 'content', 'fieldvalue', 'attrvalue', 'text', 'detail', 'info']);
/** Words of a key that numbers some identity document (`certNo`, `docNumber`, `idNo`, `证件号码`). */
export const DOCUMENT_WORDS = new Set([
  'cert', 'certificate', 'doc', 'document', 'id', 'identity', 'zj', 'credential', 'license', 'licence',
  'reisedokument', 'ausweis', 'documento', 'identidad',
]);
export const NUMBER_WORDS = new Set(['no', 'number', 'num', 'nr', 'nummer', 'numero', 'hm', 'h', 'code']);
export const DOCUMENT_CJK = ['证件号', '证件号码', '证照号'];
/** Last words of a key whose value names the kind of a sibling (`certType`, `docKind`, `zjlx`, `证件类型`). */
export const KIND_WORDS = new Set(['type', 'kind', 'lx', 'lb', 'category', 'art', 'typ', 'tipo']);
export const KIND_CJK = ['类型', '类别', '种类'];
/** Sibling keys that carry such a label. */
// `system` is FHIR's ContactPoint (`{system: "phone", value: …}`).
export const LABEL_KEYS = ['type', 'kind', 'label', 'field', 'name', 'key', 'k', 'attr', 'fieldName', 'attrName', 'category', 'code', 'title', 'system'];

/**
 * Keys that tag a value with its encoding, not its meaning, as data-platform wire formats wrap every
 * attribute: DynamoDB (`{"phone": {"S": …}}`, lists `{"L": [{"S": …}]}`, maps `{"M": {…}}`), Firestore
 * and protobuf Struct (`stringValue`, `timestampValue`), MongoDB extended JSON (`{"$date": …}`), Avro
 * JSON unions (`{"string": …}`) and Notion's rich text (`{"title": [{"plain_text": …}]}`). Exact case:
 * a lower-case `s` is an ordinary key.
 */
export const TYPE_TAGS: ReadonlySet<string> = new Set([
  'S', 'N', 'B', 'SS', 'NS', 'BS', 'L', 'M',
  'stringValue', 'integerValue', 'doubleValue', 'numberValue', 'timestampValue', 'bytesValue', 'referenceValue',
  'mapValue', 'arrayValue', 'structValue', 'listValue',
  '$date', '$numberLong', '$numberInt', '$numberDouble', '$numberDecimal',
  'string', 'long', 'int', 'double', 'float', 'bytes',
  'plain_text',
]);
/** Between a type-tagged value and the key naming it: list and map wrappers' own members. */
export const TAG_CONTAINERS: ReadonlySet<string> = new Set(['values', 'title', 'rich_text']);
