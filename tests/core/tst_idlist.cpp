#include "testsupport.h"

#include "idlist.h"

#include <QTest>

using namespace cw;

class TestIdList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isPlausibleId_data();
    void isPlausibleId();
    void cleanIdEntry_data();
    void cleanIdEntry();
    void splitIdsKeepsOrderAndRepeats();
    void parseIds_data();
    void parseIds();
    void parseIdsAccountsForEveryEntry();
};

namespace {

QStringList list(std::initializer_list<QStringView> items)
{
    QStringList out;
    for (const QStringView item : items)
        out.append(item.toString());
    return out;
}

} // namespace

void TestIdList::isPlausibleId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("call_123") << QStringLiteral("call_123") << true;
    QTest::newRow("cuid") << QStringLiteral("clx0ab12cd34ef56gh78ij90") << true;
    QTest::newRow("twilio-like") << QStringLiteral("CA1f2e3d4c5b6a79880f1e2d3c4b5a6978") << true;
    QTest::newRow("uuid") << QStringLiteral("3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b") << true;
    QTest::newRow("punctuation is opaque") << QStringLiteral("CA1f+x=/y") << true;
    QTest::newRow("one character") << QStringLiteral("x") << true;
    QTest::newRow("200 characters") << QString(200, QLatin1Char('a')) << true;
    QTest::newRow("non-ASCII letters") << QStringLiteral("appel_ñ1") << true;
    QTest::newRow("surrogate pair") << QStringLiteral("call_\U0001F600") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("201 characters") << QString(201, QLatin1Char('a')) << false;
    QTest::newRow("space") << QStringLiteral("call 1") << false;
    QTest::newRow("tab") << QStringLiteral("call\t1") << false;
    QTest::newRow("no-break space") << QStringLiteral("call\u00A01") << false;
    QTest::newRow("control character") << QStringLiteral("call\x01-1") << false;
    QTest::newRow("DEL") << QStringLiteral("call\x7F-1") << false;
    QTest::newRow("zero-width space") << QStringLiteral("call\u200B1") << false;
    QTest::newRow("byte-order mark") << QStringLiteral("\uFEFFcall_1") << false;
    QTest::newRow("bidi override") << QStringLiteral("call\u202E1") << false;
    // Found by fuzz_idlist: “‘call_4’” pasted gave the valid id ‘call_4’, which a second paste turned into
    // call_4.
    QTest::newRow("typographic single quotes") << QStringLiteral("\u2018call_4\u2019") << false;
    QTest::newRow("typographic double quote inside") << QStringLiteral("call\u201D4") << false;
    QTest::newRow("double quote") << QStringLiteral("call\"1") << false;
    QTest::newRow("single quote") << QStringLiteral("o'neil_1") << false;
    QTest::newRow("angle brackets") << QStringLiteral("<script>") << false;
    QTest::newRow("replacement character") << QStringLiteral("call\uFFFD1") << false;
    QTest::newRow("private use") << QStringLiteral("call\uE0001") << false;
    QTest::newRow("lone high surrogate")
        << QString(QStringLiteral("call_") + QChar(char16_t(0xD83D))) << false;
    QTest::newRow("lone low surrogate") << QString(QChar(char16_t(0xDE00)) + QStringLiteral("call")) << false;
}

void TestIdList::isPlausibleId()
{
    QFETCH(QString, id);
    QFETCH(bool, plausible);
    QCOMPARE(cw::isPlausibleId(id), plausible);
}

void TestIdList::cleanIdEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("cleaned");

    QTest::newRow("verbatim") << QStringLiteral("Call_AbC") << QStringLiteral("Call_AbC");
    QTest::newRow("trimmed") << QStringLiteral("  call_1\t") << QStringLiteral("call_1");
    QTest::newRow("double quotes") << QStringLiteral("\"call_1\"") << QStringLiteral("call_1");
    QTest::newRow("single quotes") << QStringLiteral("'call_1'") << QStringLiteral("call_1");
    QTest::newRow("typographic double") << QStringLiteral("\u201Ccall_1\u201D") << QStringLiteral("call_1");
    QTest::newRow("typographic single") << QStringLiteral("\u2018call_1\u2019") << QStringLiteral("call_1");
    QTest::newRow("spaces inside quotes") << QStringLiteral(" \" call_1 \" ") << QStringLiteral("call_1");
    QTest::newRow("only one pair removed") << QStringLiteral("\"\"x\"\"") << QStringLiteral("\"x\"");
    QTest::newRow("unmatched quote kept") << QStringLiteral("\"call_1") << QStringLiteral("\"call_1");
    QTest::newRow("mixed quotes kept") << QStringLiteral("\"call_1'") << QStringLiteral("\"call_1'");
    QTest::newRow("a lone quote") << QStringLiteral("\"") << QStringLiteral("\"");
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << QString();
}

void TestIdList::cleanIdEntry()
{
    QFETCH(QString, entry);
    QFETCH(QString, cleaned);
    QCOMPARE(cw::cleanIdEntry(entry), cleaned);
}

void TestIdList::splitIdsKeepsOrderAndRepeats()
{
    QCOMPARE(splitIds(QStringLiteral("b, a\nb;\"c\"")), list({u"b", u"a", u"b", u"c"}));
    QCOMPARE(splitIds(QStringLiteral(" \r\n ,;\t ")), QStringList());
    QCOMPARE(splitIds(QString()), QStringList());
}

void TestIdList::parseIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<QStringList>("duplicates");

    const QStringList abc = list({u"call_1", u"call_2", u"call_3"});
    const QStringList none;

    QTest::newRow("LF") << QStringLiteral("call_1\ncall_2\ncall_3") << abc << none << none;
    QTest::newRow("CRLF") << QStringLiteral("call_1\r\ncall_2\r\ncall_3\r\n") << abc << none << none;
    QTest::newRow("CR") << QStringLiteral("call_1\rcall_2\rcall_3\r") << abc << none << none;
    QTest::newRow("commas") << QStringLiteral("call_1,call_2,call_3") << abc << none << none;
    QTest::newRow("semicolons") << QStringLiteral("call_1;call_2;call_3;") << abc << none << none;
    QTest::newRow("tabs") << QStringLiteral("call_1\tcall_2\tcall_3") << abc << none << none;
    QTest::newRow("spaces") << QStringLiteral("  call_1 call_2   call_3 ") << abc << none << none;
    QTest::newRow("mixed and repeated separators")
        << QStringLiteral("call_1, ;\tcall_2 ,,\r\n\r\n;call_3") << abc << none << none;
    QTest::newRow("unicode spaces and line separators")
        << QStringLiteral("call_1\u00A0call_2\u2028call_3") << abc << none << none;
    QTest::newRow("spreadsheet column with quotes")
        << QStringLiteral("\"call_1\"\r\n\"call_2\"\r\n'call_3'") << abc << none << none;
    QTest::newRow("quoted, comma-separated")
        << QStringLiteral("\"call_1\",\"call_2\",\"call_3\"") << abc << none << none;
    QTest::newRow("byte-order mark") << QStringLiteral("\uFEFFcall_1\ncall_2\ncall_3") << abc << none << none;
    QTest::newRow("ids verbatim") << QStringLiteral("CA1f+x=/y clx0Ab Call_ABC call_abc")
                                  << list({u"CA1f+x=/y", u"clx0Ab", u"Call_ABC", u"call_abc"}) << none
                                  << none;
    QTest::newRow("empty") << QString() << none << none << none;
    QTest::newRow("only separators") << QStringLiteral(" \n , ; \t") << none << none << none;
    QTest::newRow("empty quotes dropped")
        << QStringLiteral("\"\", call_1") << list({u"call_1"}) << none << none;

    QTest::newRow("duplicates") << QStringLiteral("call_2 call_1 call_2 call_3 call_1 call_2")
                                << list({u"call_2", u"call_1", u"call_3"}) << none
                                << list({u"call_2", u"call_1", u"call_2"});
    QTest::newRow("quoted duplicate")
        << QStringLiteral("call_1 \"call_1\"") << list({u"call_1"}) << none << list({u"call_1"});
    QTest::newRow("case matters") << QStringLiteral("CALL_1 call_1") << list({u"CALL_1", u"call_1"}) << none
                                  << none;

    const QString tooLong(201, QLatin1Char('x'));
    QTest::newRow("too long") << QString(QStringLiteral("call_1 ") + tooLong) << list({u"call_1"})
                              << QStringList{tooLong} << none;
    QTest::newRow("control character")
        << QStringLiteral("call_1\ncall\x02-2") << list({u"call_1"}) << list({u"call\x02-2"}) << none;
    QTest::newRow("zero-width space")
        << QStringLiteral("call\u200B1") << none << list({u"call\u200B1"}) << none;
    QTest::newRow("byte-order mark inside")
        << QStringLiteral("call_1 \uFEFFcall_2") << list({u"call_1"}) << list({u"\uFEFFcall_2"}) << none;
    QTest::newRow("stray quotes") << QStringLiteral("\"call_1 call_2\" ab\"c") << none
                                  << list({u"\"call_1", u"call_2\"", u"ab\"c"}) << none;
    QTest::newRow("markup") << QStringLiteral("<b>call_1</b>") << none << list({u"<b>call_1</b>"}) << none;
    QTest::newRow("invalid repeated")
        << QStringLiteral("a<b call_1 a<b") << list({u"call_1"}) << list({u"a<b"}) << list({u"a<b"});
}

void TestIdList::parseIds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, valid);
    QFETCH(QStringList, invalid);
    QFETCH(QStringList, duplicates);
    const IdParseResult result = cw::parseIds(text);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.invalid, invalid);
    QCOMPARE(result.duplicates, duplicates);
}

void TestIdList::parseIdsAccountsForEveryEntry()
{
    const QString text = QStringLiteral("a b a \"c\" <d> b e\u200B a");
    const IdParseResult result = cw::parseIds(text);
    QCOMPARE(result.valid.size() + result.invalid.size() + result.duplicates.size(), splitIds(text).size());
    QCOMPARE(result.valid, list({u"a", u"b", u"c"}));
    QCOMPARE(result.invalid, list({u"<d>", u"e\u200B"}));
    QCOMPARE(result.duplicates, list({u"a", u"b", u"a"}));
}

QTEST_GUILESS_MAIN(TestIdList)
#include "tst_idlist.moc"
