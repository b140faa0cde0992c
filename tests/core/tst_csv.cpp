#include "testsupport.h"

#include "callfilterproxymodel.h"
#include "calltablemodel.h"
#include "csv.h"

#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

using namespace cw;

using Rows = QList<QStringList>;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readCsv_data();
    void readCsv();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void emptyInput_data();
    void emptyInput();
    void binaryGarbageIsRefused();
    void randomGarbageNeverCrashes();
    void sizeLimit();
    void cellLimit();
    void invalidUtf16();

    void importCallIds_data();
    void importCallIds();
    void importStopsAtReadError();

    void writeCsv_data();
    void writeCsv();
    void formulaInjection_data();
    void formulaInjection();
    void writeThenReadRoundTrip();

    void exportVisibleRowsRoundTrip();
    void exportUsesRoleOverrideOnlyWhereSet();
    void exportNullModel();
};

namespace {

Rows rows(std::initializer_list<std::initializer_list<QStringView>> items)
{
    Rows out;
    for (const auto &row : items) {
        QStringList fields;
        for (const QStringView field : row)
            fields.append(field.toString());
        out.append(fields);
    }
    return out;
}

QByteArray utf16le(const QString &text)
{
    QByteArray out = QByteArrayLiteral("\xFF\xFE");
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QByteArray bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

CallSnapshot makeCall(const QString &id, CallStatus status, const QString &batch, const QString &contact)
{
    CallSnapshot call;
    call.callId = id;
    call.status = status;
    call.statusText = callStatusToString(status);
    call.startTime = QDateTime::fromMSecsSinceEpoch(1'763'217'001'123LL - 600'000, QTimeZone::utc());
    call.phoneNumber = QStringLiteral("+15551234567");
    call.contactId = QStringLiteral("contact_") + id;
    call.contactName = contact;
    call.batchId = batch;
    call.receivedAt = QDateTime::fromMSecsSinceEpoch(1'763'217'001'123LL - 90'000, QTimeZone::utc());
    if (isTerminal(status))
        call.duration = 65;
    return call;
}

} // namespace

void TestCsv::readCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("encoding");

    const QString utf8 = QStringLiteral("UTF-8");
    const Rows ab = rows({{u"a", u"b"}, {u"c", u"d"}});

    QTest::newRow("LF, trailing newline")
        << QByteArrayLiteral("a,b\nc,d\n") << ab << QList<int>{1, 2} << QChar(u',') << utf8;
    QTest::newRow("no trailing newline")
        << QByteArrayLiteral("a,b\nc,d") << ab << QList<int>{1, 2} << QChar(u',') << utf8;
    QTest::newRow("CRLF") << QByteArrayLiteral("a,b\r\nc,d\r\n") << ab << QList<int>{1, 2} << QChar(u',')
                          << utf8;
    QTest::newRow("CR") << QByteArrayLiteral("a,b\rc,d\r") << ab << QList<int>{1, 2} << QChar(u',') << utf8;
    QTest::newRow("empty lines skipped")
        << QByteArrayLiteral("\r\n\na,b\r\n\r\n\nc,d\n\n\n") << ab << QList<int>{3, 6} << QChar(u',') << utf8;
    QTest::newRow("BOM") << QByteArray(bom() + "a,b\r\nc,d") << ab << QList<int>{1, 2} << QChar(u',') << utf8;
    QTest::newRow("quoted comma") << QByteArrayLiteral("\"Doe, Jane\",x\n") << rows({{u"Doe, Jane", u"x"}})
                                  << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("doubled quotes") << QByteArrayLiteral("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << rows({{u"say \"hi\"", u"\""}}) << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("embedded LF") << QByteArrayLiteral("id,note\n1,\"two\nlines\"\n2,x\n")
                                 << rows({{u"id", u"note"}, {u"1", u"two\nlines"}, {u"2", u"x"}})
                                 << QList<int>{1, 2, 4} << QChar(u',') << utf8;
    QTest::newRow("embedded CRLF kept verbatim")
        << QByteArrayLiteral("1,\"a\r\nb\r\n\r\nc\"\r\n2,y\r\n")
        << rows({{u"1", u"a\r\nb\r\n\r\nc"}, {u"2", u"y"}}) << QList<int>{1, 5} << QChar(u',') << utf8;
    QTest::newRow("quoted empty and empty fields")
        << QByteArrayLiteral("\"\",,\"\"\n,\n") << rows({{u"", u"", u""}, {u"", u""}}) << QList<int>{1, 2}
        << QChar(u',') << utf8;
    QTest::newRow("trailing delimiter at end of input")
        << QByteArrayLiteral("a,b,") << rows({{u"a", u"b", u""}}) << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("spaces are data") << QByteArrayLiteral(" a , b \n") << rows({{u" a ", u" b "}})
                                     << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("quote inside unquoted field")
        << QByteArrayLiteral("ab\"c,5\"\n") << rows({{u"ab\"c", u"5\""}}) << QList<int>{1} << QChar(u',')
        << utf8;
    QTest::newRow("text after closing quote")
        << QByteArrayLiteral("\"ab\"c,d\n") << rows({{u"abc", u"d"}}) << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("ragged rows") << QByteArrayLiteral("a,b,c\nd\ne,f,g,h\n")
                                 << rows({{u"a", u"b", u"c"}, {u"d"}, {u"e", u"f", u"g", u"h"}})
                                 << QList<int>{1, 2, 3} << QChar(u',') << utf8;
    QTest::newRow("single column") << QByteArrayLiteral("call_1\ncall_2\n")
                                   << rows({{u"call_1"}, {u"call_2"}}) << QList<int>{1, 2} << QChar(u',')
                                   << utf8;
    QTest::newRow("semicolon (European Excel)")
        << QByteArray(bom() + "Name;Amount;Note\r\nJos\xC3\xA9;1,5;\"a;b\"\r\n")
        << rows({{u"Name", u"Amount", u"Note"}, {u"Jos\u00E9", u"1,5", u"a;b"}}) << QList<int>{1, 2}
        << QChar(u';') << utf8;
    QTest::newRow("tab") << QByteArrayLiteral("id\tname\ncall_1\tA, B; C\n")
                         << rows({{u"id", u"name"}, {u"call_1", u"A, B; C"}}) << QList<int>{1, 2}
                         << QChar(u'\t') << utf8;
    QTest::newRow("delimiters inside quoted header do not count")
        << QByteArrayLiteral("\"a,b,c\";d\n1;2\n") << rows({{u"a,b,c", u"d"}, {u"1", u"2"}})
        << QList<int>{1, 2} << QChar(u';') << utf8;
    QTest::newRow("a quote inside a header field opens nothing")
        << QByteArrayLiteral("5\" screen;size\n1;2\n") << rows({{u"5\" screen", u"size"}, {u"1", u"2"}})
        << QList<int>{1, 2} << QChar(u';') << utf8;
    QTest::newRow("tie goes to comma")
        << QByteArrayLiteral("a,b;c\n") << rows({{u"a", u"b;c"}}) << QList<int>{1} << QChar(u',') << utf8;
    QTest::newRow("Excel sep= hint") << QByteArrayLiteral("sep=;\r\na,b;c\r\n") << rows({{u"a,b", u"c"}})
                                     << QList<int>{2} << QChar(u';') << utf8;
    QTest::newRow("UTF-8 multibyte") << QByteArrayLiteral("\xE2\x82\xAC,\xF0\x9F\x98\x80\n")
                                     << rows({{u"\u20AC", u"\U0001F600"}}) << QList<int>{1} << QChar(u',')
                                     << utf8;
    QTest::newRow("Windows-1252 fallback") << QByteArrayLiteral("Jos\xE9,\x80"
                                                                "5,\x93q\x94\n")
                                           << rows({{u"Jos\u00E9",
                                                     u"\u20AC"
                                                     "5",
                                                     u"\u201Cq\u201D"}})
                                           << QList<int>{1} << QChar(u',') << QStringLiteral("Windows-1252");
    QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
        << utf16le(QStringLiteral("callId\tname\r\ncall_1\tJos\u00E9\r\n"))
        << rows({{u"callId", u"name"}, {u"call_1", u"Jos\u00E9"}}) << QList<int>{1, 2} << QChar(u'\t')
        << QStringLiteral("UTF-16LE");
}

void TestCsv::readCsv()
{
    QFETCH(QByteArray, data);
    QFETCH(Rows, expected);
    QFETCH(QList<int>, lines);
    QFETCH(QChar, delimiter);
    QFETCH(QString, encoding);
    const CsvReadResult result = cw::readCsv(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, expected);
    QCOMPARE(result.lines, lines);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.hadBom, data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE"));
}

void TestCsv::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<Rows>("before");

    QTest::newRow("first field") << QByteArrayLiteral("\"abc") << 1 << Rows();
    QTest::newRow("third line") << QByteArrayLiteral("a,b\nc,d\ne,\"f\ng,h\n") << 3
                                << rows({{u"a", u"b"}, {u"c", u"d"}});
    QTest::newRow("after a multi-line field")
        << QByteArrayLiteral("a,\"x\r\ny\"\r\n\r\nb,\"open,\r\nz") << 4 << rows({{u"a", u"x\r\ny"}});
    QTest::newRow("doubled quote at end") << QByteArrayLiteral("a\n\"b\"\"") << 2 << rows({{u"a"}});
}

void TestCsv::unterminatedQuote()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(Rows, before);
    const CsvReadResult result = cw::readCsv(data);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, line);
    QVERIFY2(result.error.contains(QStringLiteral("Line %1:").arg(line)), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("quoted field")));
    QCOMPARE(result.rows, before);
    QCOMPARE(result.lines.size(), result.rows.size());
}

void TestCsv::emptyInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << bom();
    QTest::newRow("line breaks only") << QByteArrayLiteral("\r\n\n\r");
    QTest::newRow("UTF-16 BOM only") << QByteArrayLiteral("\xFF\xFE");
}

void TestCsv::emptyInput()
{
    QFETCH(QByteArray, data);
    const CsvReadResult result = cw::readCsv(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(result.delimiter, QChar(u','));
}

void TestCsv::binaryGarbageIsRefused()
{
    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0");
    const QByteArray utf16NoBom = QByteArrayLiteral("c\0a\0l\0l\0I\0d\0\n\0");
    for (const QByteArray &data : {png, utf16NoBom, QByteArray(bom() + QByteArrayLiteral("a,\0b"))}) {
        const CsvReadResult result = cw::readCsv(data);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("binary")), qPrintable(result.error));
        QVERIFY(result.rows.isEmpty());
    }
}

void TestCsv::randomGarbageNeverCrashes()
{
    QRandomGenerator random(20251115);
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray data(random.bounded(1, 2048), Qt::Uninitialized);
        for (char &byte : data) {
            // Half the rounds: bytes biased towards CSV syntax and without NUL, so the parser really runs.
            const quint32 pick = random.bounded(256);
            if (round % 2 == 0 || pick < 128)
                byte = char(pick);
            else
                byte = "\",;\t\r\n ab"[pick % 9];
            if (round % 2 == 1 && byte == '\0')
                byte = 'x';
        }
        const CsvReadResult result = cw::readCsv(data);
        QCOMPARE(result.lines.size(), result.rows.size());
        if (!result.ok())
            ++refused;
        if (round % 2 == 1 && result.ok())
            QVERIFY(!result.encoding.isEmpty());
        const CallIdImport ids = cw::importCallIds(data);
        QVERIFY(ids.valid.size() <= qsizetype(data.size()));
    }
    QVERIFY(refused > 0); // the rounds with NUL bytes
}

void TestCsv::sizeLimit()
{
    const qsizetype twoMb = 2 * 1024 * 1024;
    const CsvReadResult small = cw::readCsv(QByteArray(twoMb + 1, 'a'), CsvLimits{twoMb, CsvMaxCells});
    QVERIFY(!small.ok());
    QCOMPARE(small.error, QStringLiteral("The file is 2.1 MB; CallWatch reads CSV files up to 2.0 MB."));
    QVERIFY(small.rows.isEmpty());

    const CsvReadResult atLimit = cw::readCsv(QByteArray(1000, 'a'), CsvLimits{1000, CsvMaxCells});
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.error));

    // The default limit, with a real 50 MB + 1 byte input: refused before anything is decoded.
    const QByteArray big(CsvMaxBytes + 1, '1');
    const CsvReadResult refused = cw::readCsv(big);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("is 50.1 MB; CallWatch reads CSV files up to 50.0 MB")),
             qPrintable(refused.error));
    QVERIFY(!cw::importCallIds(big).ok());
}

void TestCsv::cellLimit()
{
    QCOMPARE(CsvLimits().maxCells, qsizetype(5'000'000));
    // One field too many, on line 3: refused with a clear error instead of reading on.
    const QByteArray data = QByteArrayLiteral("a,b\n\nc,d,e\nf\n");
    const CsvReadResult over = cw::readCsv(data, CsvLimits{CsvMaxBytes, 4});
    QVERIFY(!over.ok());
    QCOMPARE(over.errorLine, 3);
    QCOMPARE(over.error,
             QStringLiteral("Line 3: the file has more than 4 fields; CallWatch reads smaller CSV files."));

    const CsvReadResult exact = cw::readCsv(data, CsvLimits{CsvMaxBytes, 6});
    QVERIFY2(exact.ok(), qPrintable(exact.error));
    QCOMPARE(exact.rows.size(), 3);

    // Many empty fields within the default limit are read (and quickly: no per-field allocation).
    QByteArray commas = QByteArrayLiteral("header\n");
    commas.append(QByteArray(100'000, ','));
    const CsvReadResult wide = cw::readCsv(commas);
    QVERIFY2(wide.ok(), qPrintable(wide.error));
    QCOMPARE(wide.rows.at(1).size(), 100'001);
}

void TestCsv::invalidUtf16()
{
    const CsvReadResult odd = cw::readCsv(QByteArrayLiteral("\xFF\xFE"
                                                            "a\0b"));
    QVERIFY(!odd.ok());
    QVERIFY2(odd.error.contains(QStringLiteral("UTF-16")), qPrintable(odd.error));
    // A lone surrogate decodes (Qt passes it through); isPlausibleId() rejects such a cell later.
    const CsvReadResult loneSurrogate = cw::readCsv(QByteArrayLiteral("\xFF\xFE"
                                                                      "a\0\x3D\xD8"
                                                                      "b\0"));
    QVERIFY(loneSurrogate.ok());
    QCOMPARE(loneSurrogate.rows.size(), 1);
}

void TestCsv::importCallIds_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<QList<CsvEntry>>("invalid");
    QTest::addColumn<QList<CsvEntry>>("duplicates");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");

    const QStringList two{QStringLiteral("call_1"), QStringLiteral("call_2")};
    const QList<CsvEntry> none;

    QTest::newRow("callId") << QByteArrayLiteral("callId\ncall_1\ncall_2\n") << two << none << none << 0
                            << QStringLiteral("callId");
    QTest::newRow("call_id with other columns")
        << QByteArrayLiteral("status,call_id\r\nCOMPLETED,call_1\r\nMISSED,call_2\r\n") << two << none << none
        << 1 << QStringLiteral("call_id");
    QTest::newRow("CallWatch export header")
        << QByteArray(bom() + "Call ID,Status\r\ncall_1,Completed\r\ncall_2,Missed\r\n") << two << none
        << none << 0 << QStringLiteral("Call ID");
    QTest::newRow("id") << QByteArrayLiteral("name,ID\nBob,call_1\nAnn,call_2\n") << two << none << none << 1
                        << QStringLiteral("ID");
    QTest::newRow("callId preferred over id")
        << QByteArrayLiteral("id,name,CallId\n7,Bob,call_1\n8,Ann,call_2\n") << two << none << none << 2
        << QStringLiteral("CallId");
    QTest::newRow("header in another column, semicolons, quoted")
        << QByteArrayLiteral("\"Name\";\"Phone\";\" Call-ID \"\n\"Doe; Jane\";+15551234567;\"call_1\"\n"
                             "Bob;+15550000000;call_2\n")
        << two << none << none << 2 << QStringLiteral(" Call-ID ");
    QTest::newRow("no header, one column")
        << QByteArrayLiteral("call_1\ncall_2") << two << none << none << 0 << QString();
    QTest::newRow("no header, several columns")
        << QByteArrayLiteral("call_1,Bob\ncall_2,Ann\n") << two << none << none << 0 << QString();
    QTest::newRow("header that is not an id") << QByteArrayLiteral("Calls to check\ncall_1\ncall_2\n") << two
                                              << none << none << 0 << QStringLiteral("Calls to check");
    QTest::newRow("header word over ids with digits")
        << QByteArrayLiteral("ids\ncall_1\ncall_2\n") << two << none << none << 0 << QStringLiteral("ids");
    QTest::newRow("ids without digits are all data")
        << QByteArrayLiteral("alpha\nbeta\n") << QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}
        << none << none << 0 << QString();
    QTest::newRow("invalid entries with their lines")
        << QByteArrayLiteral("callId\ncall_1\n\"bad id\"\ncall<2>\ncall_2\n") << two
        << QList<CsvEntry>{{3, QStringLiteral("bad id")}, {4, QStringLiteral("call<2>")}} << none << 0
        << QStringLiteral("callId");
    QTest::newRow("duplicates with their lines")
        << QByteArrayLiteral("callId\ncall_1\ncall_2\ncall_1\n\"call_2\"\n") << two << none
        << QList<CsvEntry>{{4, QStringLiteral("call_1")}, {5, QStringLiteral("call_2")}} << 0
        << QStringLiteral("callId");
    QTest::newRow("lines count physical lines")
        << QByteArrayLiteral("callId,note\r\ncall_1,\"two\r\nlines\"\r\n\r\nbad id,x\r\ncall_2,\r\n") << two
        << QList<CsvEntry>{{5, QStringLiteral("bad id")}} << none << 0 << QStringLiteral("callId");
    QTest::newRow("cells tidied, empty and short rows skipped")
        << QByteArrayLiteral("name,callId\nBob, call_1 \nAnn,\nCid\nDee,\"'call_2'\"\n,\n") << two << none
        << none << 1 << QStringLiteral("callId");
    QTest::newRow("one cell with two ids is one invalid entry")
        << QByteArrayLiteral("callId\n\"call_1 call_2\"\n") << QStringList()
        << QList<CsvEntry>{{2, QStringLiteral("call_1 call_2")}} << none << 0 << QStringLiteral("callId");
    QTest::newRow("formula guard apostrophe removed")
        << QByteArrayLiteral("callId\n'-call_1\n'call_2\n'x\n") << QStringList{QStringLiteral("-call_1")}
        << QList<CsvEntry>{{3, QStringLiteral("'call_2")}, {4, QStringLiteral("'x")}} << none << 0
        << QStringLiteral("callId");
    QTest::newRow("header only") << QByteArrayLiteral("callId\r\n") << QStringList() << none << none << 0
                                 << QStringLiteral("callId");
}

void TestCsv::importCallIds()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, valid);
    QFETCH(QList<CsvEntry>, invalid);
    QFETCH(QList<CsvEntry>, duplicates);
    QFETCH(int, column);
    QFETCH(QString, header);
    const CallIdImport result = cw::importCallIds(csv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.invalid, invalid);
    QCOMPARE(result.duplicates, duplicates);
    QCOMPARE(result.column, column);
    QCOMPARE(result.header, header);
}

void TestCsv::importStopsAtReadError()
{
    const CallIdImport broken = cw::importCallIds(QByteArrayLiteral("callId\ncall_1\n\"call_2\ncall_3\n"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.errorLine, 3);
    QVERIFY(broken.valid.isEmpty()); // all or nothing

    const CallIdImport empty = cw::importCallIds(QByteArray());
    QVERIFY(empty.ok());
    QVERIFY(empty.valid.isEmpty());
    QCOMPARE(empty.column, -1);
}

void TestCsv::writeCsv_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("data");
    QTest::addColumn<QByteArray>("expected"); // after the BOM

    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << rows({{u"1", u"2"}})
                           << QByteArrayLiteral("a,b\r\n1,2\r\n");
    QTest::newRow("no header") << QStringList() << rows({{u"x"}}) << QByteArrayLiteral("x\r\n");
    QTest::newRow("nothing") << QStringList() << Rows() << QByteArray();
    QTest::newRow("comma") << QStringList() << rows({{u"Doe, Jane", u"x"}})
                           << QByteArrayLiteral("\"Doe, Jane\",x\r\n");
    QTest::newRow("quotes doubled") << QStringList() << rows({{u"say \"hi\"", u"\""}})
                                    << QByteArrayLiteral("\"say \"\"hi\"\"\",\"\"\"\"\r\n");
    QTest::newRow("line breaks") << QStringList() << rows({{u"a\nb", u"c\r\nd", u"e\rf"}})
                                 << QByteArrayLiteral("\"a\nb\",\"c\r\nd\",\"e\rf\"\r\n");
    QTest::newRow("leading and trailing spaces")
        << QStringList() << rows({{u" a", u"b ", u"c d"}}) << QByteArrayLiteral("\" a\",\"b \",c d\r\n");
    QTest::newRow("semicolon and tab")
        << QStringList() << rows({{u"a;b", u"c\td"}}) << QByteArrayLiteral("\"a;b\",\"c\td\"\r\n");
    QTest::newRow("empty fields") << QStringList() << rows({{u"", u"x", u""}})
                                  << QByteArrayLiteral(",x,\r\n");
    QTest::newRow("a lone empty field is not an empty line")
        << QStringList() << rows({{u""}, {u"x"}}) << QByteArrayLiteral("\"\"\r\nx\r\n");
    QTest::newRow("ragged rows stay ragged")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")} << rows({{u"1"}, {u"1", u"2", u"3"}})
        << QByteArrayLiteral("a,b\r\n1\r\n1,2,3\r\n");
    QTest::newRow("UTF-8") << QStringList() << rows({{u"Jos\u00E9", u"\u20AC"}})
                           << QByteArrayLiteral("Jos\xC3\xA9,\xE2\x82\xAC\r\n");
    // Found by fuzz_csvimport: a first line "sep=..." was read back as Excel's delimiter hint and lost.
    QTest::newRow("first cell sep= is quoted")
        << QStringList() << rows({{u"sep=", u""}, {u"sep=x"}}) << QByteArrayLiteral("\"sep=\",\r\nsep=x\r\n");
    QTest::newRow("header cell SEP= is quoted")
        << QStringList{QStringLiteral("SEP=|")} << rows({{u"x"}}) << QByteArrayLiteral("\"SEP=|\"\r\nx\r\n");
    QTest::newRow("first cell starting with U+FEFF is quoted")
        << QStringList() << rows({{u"\uFEFFx", u"y"}}) << QByteArrayLiteral("\"\xEF\xBB\xBFx\",y\r\n");
    QTest::newRow("after a row without fields")
        << QStringList() << rows({{}, {u"sep=,"}}) << QByteArrayLiteral("\r\n\"sep=,\"\r\n");
}

void TestCsv::writeCsv()
{
    QFETCH(QStringList, header);
    QFETCH(Rows, data);
    QFETCH(QByteArray, expected);
    const QByteArray out = cw::writeCsv(header, data);
    QVERIFY(out.startsWith(bom()));
    QCOMPARE(out.mid(3), expected);
    // Whatever is written reads back as the same rows (none of these cells needs the formula guard).
    Rows all = data;
    if (!header.isEmpty())
        all.prepend(header);
    all.removeIf([](const QStringList &row) { return row.isEmpty(); });
    const CsvReadResult back = cw::readCsv(out);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.rows, all);
}

void TestCsv::formulaInjection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");

    // Guarded: a spreadsheet would evaluate these.
    QTest::newRow("=") << QStringLiteral("=1+1") << QByteArrayLiteral("'=1+1");
    QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")
                               << QByteArrayLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QByteArrayLiteral("'@SUM(A1:A9)");
    QTest::newRow("+ DDE") << QStringLiteral("+cmd|'/C calc'!A0") << QByteArrayLiteral("'+cmd|'/C calc'!A0");
    QTest::newRow("- DDE after numbers")
        << QStringLiteral("-2+3+cmd|'/C calc'!A0") << QByteArrayLiteral("'-2+3+cmd|'/C calc'!A0");
    QTest::newRow("- with a cell reference") << QStringLiteral("-A1") << QByteArrayLiteral("'-A1");
    QTest::newRow("exponent is not a plain number") << QStringLiteral("-1e5") << QByteArrayLiteral("'-1e5");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QByteArrayLiteral("\"'\t=1\"");
    QTest::newRow("leading tab before digits") << QStringLiteral("\t123") << QByteArrayLiteral("\"'\t123\"");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QByteArrayLiteral("\"'\r=1\"");
    QTest::newRow("spaces before =") << QStringLiteral("  =1") << QByteArrayLiteral("'  =1");
    QTest::newRow("full-width =") << QStringLiteral("\uFF1D1+1")
                                  << QByteArrayLiteral("'\xEF\xBC\x9D"
                                                       "1+1");
    QTest::newRow("lone minus") << QStringLiteral("-") << QByteArrayLiteral("'-");

    // Untouched: phone numbers and plain numbers stay exactly as they are.
    QTest::newRow("E.164 phone") << QStringLiteral("+15551234567") << QByteArrayLiteral("+15551234567");
    QTest::newRow("formatted phone") << QStringLiteral("+1 (555) 123-4567")
                                     << QByteArrayLiteral("+1 (555) 123-4567");
    QTest::newRow("UK phone") << QStringLiteral("+44 20 7946 0958") << QByteArrayLiteral("+44 20 7946 0958");
    QTest::newRow("dotted phone") << QStringLiteral("+33.1.23.45.67.89")
                                  << QByteArrayLiteral("+33.1.23.45.67.89");
    QTest::newRow("negative number") << QStringLiteral("-12.50") << QByteArrayLiteral("-12.50");
    QTest::newRow("negative with thousands (quoted, no apostrophe)")
        << QStringLiteral("-1,234.5") << QByteArrayLiteral("\"-1,234.5\"");
    QTest::newRow("digits first") << QStringLiteral("555-0100") << QByteArrayLiteral("555-0100");
    QTest::newRow("= later in the cell") << QStringLiteral("a=b") << QByteArrayLiteral("a=b");
    QTest::newRow("call id") << QStringLiteral("call_1") << QByteArrayLiteral("call_1");
    QTest::newRow("empty") << QString() << QByteArrayLiteral("\"\"");
}

void TestCsv::formulaInjection()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(cw::writeCsv({}, Rows{QStringList{cell}}), QByteArray(bom() + written + "\r\n"));
    // The same rule applies to header cells and to cells after the first.
    if (!cell.isEmpty())
        QCOMPARE(cw::writeCsv({QStringLiteral("h"), cell}, {}), QByteArray(bom() + "h," + written + "\r\n"));
}

void TestCsv::writeThenReadRoundTrip()
{
    const QStringList header{QStringLiteral("Call ID"), QStringLiteral("Note"), QStringLiteral("Phone")};
    const Rows data = rows({
        {u"call_1", u"Doe, Jane \"JD\"", u"+15551234567"},
        {u"call_2", u"line one\nline two\r\nline three", u"+1 (555) 123-4567"},
        {u"call_3", u"  padded  ", u""},
        {u"call_4", u"Jos\u00E9 \u20AC \U0001F600", u"-"},
        {u"call_5", u"a;b\tc", u"=cmd"},
        {u""},
    });
    const QByteArray csv = cw::writeCsv(header, data);
    const CsvReadResult read = cw::readCsv(csv);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.hadBom);
    QCOMPARE(read.delimiter, QChar(u','));
    QCOMPARE(read.rows.size(), data.size() + 1);
    QCOMPARE(read.rows.first(), header);
    for (qsizetype r = 0; r < data.size(); ++r) {
        QStringList expected = data.at(r);
        // The only changes: the formula guard's apostrophe.
        for (QString &cell : expected) {
            if (cell == u"-" || cell == u"=cmd")
                cell.prepend(QLatin1Char('\''));
        }
        QCOMPARE(read.rows.at(r + 1), expected);
    }
    QCOMPARE(read.lines.at(2), 3);
    QCOMPARE(read.lines.at(3), 6); // call_2's note spans three lines
}

void TestCsv::exportVisibleRowsRoundTrip()
{
    ManualClock clock;
    CallTableModel model(clock);
    QList<CallSnapshot> calls{
        makeCall(QStringLiteral("call_1"), CallStatus::Completed, QStringLiteral("batch_a"),
                 QStringLiteral("Doe, Jane")),
        makeCall(QStringLiteral("call_2"), CallStatus::Ongoing, QStringLiteral("batch_a"),
                 QStringLiteral("Bob \"Bobby\" Smith")),
        makeCall(QStringLiteral("call_3"), CallStatus::Failed, QStringLiteral("batch_b"),
                 QStringLiteral("Ann")),
        makeCall(QStringLiteral("call_4"), CallStatus::Missed, QStringLiteral("batch_a"),
                 QStringLiteral("=HYPERLINK(\"http://evil.example\")")),
        makeCall(QStringLiteral("call_5"), CallStatus::Scheduled, QString(), QStringLiteral("Zo\u00EB")),
        makeCall(QStringLiteral("call_6"), CallStatus::Completed, QStringLiteral("batch_a"),
                 QStringLiteral("Multi\nline")),
    };
    calls[0].recordingUrl = QUrl(QStringLiteral("https://cdn.example.com/rec/call_1.mp3?sig=a,b"));
    calls[5].recordingUrl = QUrl(QStringLiteral("https://cdn.example.com/rec/call_6.mp3"));
    calls[2].error = QStringLiteral("BUSY");
    calls[3].phoneNumber = QStringLiteral("+1 (555) 010-0000");
    model.upsert(calls);

    CallFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setBatchFilter(QStringLiteral("batch_a"));
    proxy.setStatusVisible(CallStatus::Ongoing, false);
    proxy.sort(CallTableModel::CallIdColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 3); // call_6, call_4, call_1

    const QHash<int, int> roles{{CallTableModel::RecordingColumn, Qt::ToolTipRole}};
    const QByteArray csv = exportModelCsv(&proxy, roles);
    QVERIFY(csv.contains(",+15551234567,"));      // phone numbers exactly as they are
    QVERIFY(csv.contains(",+1 (555) 010-0000,")); // also formatted ones
    QVERIFY(!csv.contains("call_2") && !csv.contains("call_3") && !csv.contains("call_5"));

    const CsvReadResult read = cw::readCsv(csv);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.rows.size(), qsizetype(proxy.rowCount() + 1));
    QStringList header;
    for (int c = 0; c < proxy.columnCount(); ++c)
        header.append(proxy.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(read.rows.first(), header);

    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QStringList &cells = read.rows.at(r + 1);
        QCOMPARE(cells.size(), qsizetype(proxy.columnCount()));
        for (int c = 0; c < proxy.columnCount(); ++c) {
            const QModelIndex index = proxy.index(r, c);
            QString expected = c == CallTableModel::RecordingColumn && index.data(Qt::ToolTipRole).isValid()
                                   ? index.data(Qt::ToolTipRole).toString()
                                   : index.data(Qt::DisplayRole).toString();
            if (expected.startsWith(u'='))
                expected.prepend(QLatin1Char('\'')); // the formula guard
            QCOMPARE(cells.at(c), expected);
        }
    }
    // Spot checks of what the loop compared.
    QCOMPARE(read.rows.at(1).at(CallTableModel::CallIdColumn), QStringLiteral("call_6"));
    QCOMPARE(read.rows.at(1).at(CallTableModel::ContactColumn), QStringLiteral("Multi\nline"));
    QCOMPARE(read.rows.at(2).at(CallTableModel::ContactColumn),
             QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
    QCOMPARE(read.rows.at(2).at(CallTableModel::RecordingColumn), QString());
    QCOMPARE(read.rows.at(3).at(CallTableModel::RecordingColumn),
             QStringLiteral("https://cdn.example.com/rec/call_1.mp3?sig=a,b"));
    QCOMPARE(read.rows.at(3).at(CallTableModel::ContactColumn), QStringLiteral("Doe, Jane"));
    QCOMPARE(read.rows.at(3).at(CallTableModel::DurationColumn), QStringLiteral("1:05"));

    // And the export imports back as exactly the visible call ids.
    const CallIdImport ids = cw::importCallIds(csv);
    QVERIFY2(ids.ok(), qPrintable(ids.error));
    QCOMPARE(ids.valid,
             (QStringList{QStringLiteral("call_6"), QStringLiteral("call_4"), QStringLiteral("call_1")}));
    QCOMPARE(ids.header, QStringLiteral("Call ID"));
}

void TestCsv::exportUsesRoleOverrideOnlyWhereSet()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Link")});
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c) {
            auto *item = new QStandardItem(QStringLiteral("d%1%2").arg(r).arg(c));
            item->setToolTip(QStringLiteral("t%1%2").arg(r).arg(c));
            model.setItem(r, c, item);
        }
    }
    model.item(1, 1)->setData(QVariant(), Qt::ToolTipRole); // no value: falls back to DisplayRole
    QCOMPARE(exportModelCsv(&model), QByteArray(bom() + "Name,Link\r\nd00,d01\r\nd10,d11\r\n"));
    QCOMPARE(exportModelCsv(&model, {{1, Qt::ToolTipRole}}),
             QByteArray(bom() + "Name,Link\r\nd00,t01\r\nd10,d11\r\n"));
}

void TestCsv::exportNullModel()
{
    QCOMPARE(exportModelCsv(nullptr), QByteArray());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
