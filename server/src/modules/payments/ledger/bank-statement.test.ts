import { describe, expect, it } from 'vitest';
import { readBankStatement } from './bank-statement.ts';

const iin = '880101300010';
const bin = '101140000016';

describe('bank statements to import', () => {
  it('reads the CSV: BOM, header, decimal comma or point, dates either way, quoted cells; reports what it cannot read', () => {
    const csv = [
      '\uFEFFpayer;amount;document_number;document_date;note',
      `${iin};1500,50;000451;06.04.2026;аванс`,
      `"${bin}";"20000.00";"ПП-17";"2026-04-06";`,
      '',
      `${iin};0;1;2026-04-06;`,
      '123456789012;10;2;2026-04-06;',
      `${iin};10;3;31.02.2026;`,
      `${iin};10`,
    ].join('\r\n');
    const read = readBankStatement('csv', csv);
    expect(read.payments).toEqual([
      {
        position: 2,
        payer: iin,
        amount: 1_500_50,
        documentNumber: '000451',
        documentDate: '2026-04-06',
        note: 'аванс',
      },
      { position: 3, payer: bin, amount: 20_000_00, documentNumber: 'ПП-17', documentDate: '2026-04-06', note: null },
    ]);
    expect(read.unread.map((u) => u.position)).toEqual([5, 6, 7, 8]);
    expect(read.unread[0]!.problem).toMatch(/amount/);
    expect(read.unread[1]!.problem).toMatch(/IIN\/BIN/);
    expect(read.unread[2]!.problem).toMatch(/date/);
  });

  it('refuses a CSV without the header', () => {
    expect(() => readBankStatement('csv', `${iin};10;1;2026-04-06`)).toThrow(/LEDGER_STATEMENT_UNREADABLE/);
  });

  it('reads the credit entries of a camt.053 statement, each transaction a payment, debits and other currencies left out', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>S-1</MsgId><CreDtTm>2026-04-07T08:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>1</Id>
      <Ntry>
        <Amt Ccy="KZT">1500.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-04-06</Dt></BookgDt>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>000451</EndToEndId></Refs>
          <RltdPties><Dbtr><Pty><Nm>Иванов</Nm><Id><PrvtId><Othr><Id>${iin}</Id></Othr></PrvtId></Id></Pty></Dbtr></RltdPties>
          <RmtInf><Ustrd>Аванс</Ustrd><Ustrd>таможенные платежи</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="KZT">30000</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <BookgDt><DtTm>2026-04-06T15:00:00</DtTm></BookgDt>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>B-2</AcctSvcrRef></Refs>
            <AmtDtls><TxAmt><Amt Ccy="KZT">10000</Amt></TxAmt></AmtDtls>
            <RltdPties><Dbtr><Id><OrgId><Othr><Id>${bin}</Id></Othr></OrgId></Id></Dbtr></RltdPties>
          </TxDtls>
          <TxDtls>
            <Refs><EndToEndId>B-3</EndToEndId></Refs>
            <Amt Ccy="KZT">20000</Amt>
            <RltdPties><Dbtr><Id><OrgId><Othr><Id>${bin}</Id></Othr></OrgId></Id></Dbtr></RltdPties>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry><Amt Ccy="KZT">99</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-04-06</Dt></BookgDt></Ntry>
      <Ntry>
        <Amt Ccy="USD">10</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-04-06</Dt></BookgDt>
        <NtryDtls><TxDtls><Refs><EndToEndId>U-1</EndToEndId></Refs></TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
    const read = readBankStatement('camt053', xml);
    expect(read.payments).toEqual([
      {
        position: 1,
        payer: iin,
        amount: 1_500_50,
        documentNumber: '000451',
        documentDate: '2026-04-06',
        note: 'Аванс таможенные платежи',
      },
      { position: 2, payer: bin, amount: 10_000_00, documentNumber: 'B-2', documentDate: '2026-04-06', note: null },
      { position: 2, payer: bin, amount: 20_000_00, documentNumber: 'B-3', documentDate: '2026-04-06', note: null },
    ]);
    expect(read.unread).toEqual([{ position: 4, problem: 'the amount is missing or not in KZT' }]);
  });

  it('refuses what is not a camt.053 statement, and any DTD', () => {
    expect(() => readBankStatement('camt053', '<Document><Other/></Document>')).toThrow(/LEDGER_STATEMENT_UNREADABLE/);
    expect(() => readBankStatement('camt053', '<Document><BkToCstmrStmt>')).toThrow(/LEDGER_STATEMENT_UNREADABLE/);
    expect(() =>
      readBankStatement('camt053', '<!DOCTYPE d [<!ENTITY x "y">]><Document><BkToCstmrStmt/></Document>'),
    ).toThrow(/DTD/);
  });
});
