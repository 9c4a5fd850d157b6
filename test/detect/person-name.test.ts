import { personName } from '../../src/detect/types/person-name';
import { specify } from './table';

specify(personName, [
  ['张伟', 'weak'],
  ['欧阳娜娜', 'weak'],
  ['贵州茅台', 'weak'], // no surname: only a key can make it a name
  ['华为手机', null], // 华 is a surname, 手/机 are thing characters
  ['母亲', null], // a relation, not a name
  ['母女', null], // two people's relation
  ['满族', null], // an ethnic group: 满 is a surname, 族 ends no given name
  ['普工', null], // a trade (工种): 普 is a surname, 工 ends no given name
  ['焊工', null],
  ['高橋 太郎', 'weak'], // Japanese: family and given name with a space between
  ['高橋  太郎', null],
  ['タカハシ ケンタ', 'weak'], // the katakana reading of a name (フリガナ)
  ['タカハシ', null], // one word of katakana is as likely a product (カメラ)
  ['金梅', 'weak'],
  ['平安银行', null],
  ['John Smith', 'weak'],
  ['Mary-Jane O\'Neil', 'weak'],
  ['O\'Brien', 'weak'], // a family name alone, Irish form
  ['Smith-Jones', 'weak'], // double-barrelled
  ['Smith-', null],
  ['O\'', null],
  ['e-mail', null],
  ['iPhone 15 Pro', null],
  ['北京市朝阳区建国路88号', null],
  // Travel documents and GDS records: upper case, `SURNAME/GIVEN`, `SURNAME,GIVEN`, or one name alone.
  ['DING/YA MR', 'weak'],
  ['DONG,JIAXIA', 'weak'],
  ['DING', 'weak'], // a surname under `Surname`; alone it says nothing
  ['A', null],
  ['김민준', 'weak'], // Korean surname + given name: a key decides
  ['남궁민수', 'weak'],
  ['가나다라마바', null],
  ['Иванова', 'weak'], // Cyrillic: the Unicode patterns
  ['Анна Иванова', 'weak'],
  ['DING2', null],
  ['Dra. Lucía Gómez Ruiz', 'weak'], // a leading title is part of the name's text
  ['Dr. John Smith', 'weak'],
  ['Anouk van den Berg', 'weak'], // Dutch, Spanish, Portuguese particles, up to two
  ['Maria da Silva', 'weak'],
  ['박다은 원장', 'weak'], // a Korean name and the title after it
  ['치과 원장', null],
  // A field legend's labels (`{"xm": "姓名", "jbr": "经办人"}`) name no one.
  ['姓名', null],
  ['经办人', null],
], [
  ['客户张三来电咨询', ['张三']],
  ['联系人：欧阳娜娜，电话', ['欧阳娜娜']],
  ['Dear Mr. John Smith, thanks', ['John Smith']],
  ['股票名称贵州茅台', []],
  ['家父袁晓军昨晚过世', ['袁晓军']],
  ['班长宋晨曦组织撤人', ['宋晨曦']],
  // Who introduces themselves, a contract's party, a name addressed.
  ['我叫汤一，住在安徽省', ['汤一']],
  ['乙方：韦英欣，身份证号码', ['韦英欣']],
  ['尊敬的毛晨沐您好，本期账单', ['毛晨沐']],
  ['武强梓您好', ['武强梓']],
  ['欢迎光临先生', []],
  // What follows a cue as often as a name, its first character a surname.
  ['客户管理_更新客户', []],
  ['用户信息已更新', []],
  // English roles: with a colon before a full name, a display name before an address, a name in Chinese after `is`.
  ['Tenant: Emily Wilson; Premises: 4933 5th Avenue', ['Emily Wilson']],
  ['From: Oliver Fletcher <oliver.fletcher@gmail.com>', ['Oliver Fletcher', 'Oliver Fletcher']],
  ['抄送 韦英欣 <w.yx@corp.cn>', ['韦英欣']],
  ['Patient Oliver Harper, DOB 07/12/1988', ['Oliver Harper']],
  ['Customer is 姜伟娟. Next, check orders', ['姜伟娟']],
  ['Customer Service Team will call; To: Support Team', []],
  // A name before its identifier in brackets or one of its own records; a full name before its record in English.
  ['帮我查一下段海（工号E63241）的工资卡号', ['段海']],
  ['已完成，秦军平的体检报告摘要已生成', ['秦军平']],
  ['王府井的地铁站', []],
  ["Update Grace Bennett's direct line to +49 170 44146365", ['Grace Bennett']],
  ["New York's phone directory", []],
]);
