#include "testsupport.h"

#include "errorcodes.h"

#include <QTest>

using namespace cw;

class TestErrorCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void retry_data();
    void retry();
    void explanations();
    void cellText();
};

void TestErrorCodes::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "BUSY"
                          << "BUSY";
    QTest::newRow("lower-case code") << "no_answer"
                                     << "NO_ANSWER";
    QTest::newRow("padded") << "  INVALID_NUMBER "
                            << "INVALID_NUMBER";
    QTest::newRow("prose not answered") << "Call was not answered"
                                        << "NO_ANSWER";
    QTest::newRow("prose busy") << "The line is busy"
                                << "BUSY";
    QTest::newRow("prose credits") << "Insufficient credits to place call"
                                   << "INSUFFICIENT_CREDITS";
    QTest::newRow("prose invalid number") << "Phone number is invalid"
                                          << "INVALID_NUMBER";
    QTest::newRow("prose network") << "Network connectivity issue"
                                   << "NETWORK_ERROR";
    QTest::newRow("unknown") << "SIP 488 Not Acceptable Here"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    // Spellings and the API page's own descriptions.
    QTest::newRow("BUSY") << QStringLiteral("BUSY") << QStringLiteral("BUSY");
    QTest::newRow("busy lower") << QStringLiteral(" busy ") << QStringLiteral("BUSY");
    QTest::newRow("no-answer") << QStringLiteral("no-answer") << QStringLiteral("NO_ANSWER");
    QTest::newRow("Invalid Number") << QStringLiteral("Invalid Number") << QStringLiteral("INVALID_NUMBER");
    QTest::newRow("NETWORK_ERROR") << QStringLiteral("NETWORK_ERROR") << QStringLiteral("NETWORK_ERROR");
    QTest::newRow("INSUFFICIENT_CREDITS")
        << QStringLiteral("INSUFFICIENT_CREDITS") << QStringLiteral("INSUFFICIENT_CREDITS");
    // The API page's own descriptions and the prose seen in call payloads.
    QTest::newRow("Call was not answered")
        << QStringLiteral("Call was not answered") << QStringLiteral("NO_ANSWER");
    QTest::newRow("Line is busy") << QStringLiteral("Line is busy") << QStringLiteral("BUSY");
    QTest::newRow("Phone number is invalid")
        << QStringLiteral("Phone number is invalid") << QStringLiteral("INVALID_NUMBER");
    QTest::newRow("Network connectivity issue")
        << QStringLiteral("Network connectivity issue") << QStringLiteral("NETWORK_ERROR");
    QTest::newRow("Not enough credits")
        << QStringLiteral("Not enough credits to place call") << QStringLiteral("INSUFFICIENT_CREDITS");
    QTest::newRow("unrelated prose") << QStringLiteral("Agent hung up early") << QString();
    QTest::newRow("invalid but not a number") << QStringLiteral("Invalid API key") << QString();
    QTest::newRow("unknown code") << QStringLiteral("CARRIER_REJECTED") << QString();
}

void TestErrorCodes::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, code);
    QCOMPARE(normalizeErrorCode(raw), code);
}

void TestErrorCodes::retry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("behaviour");
    QTest::newRow("INVALID_NUMBER") << "INVALID_NUMBER" << int(RetryBehaviour::Never);
    QTest::newRow("BUSY") << "BUSY" << int(RetryBehaviour::AfterBusyDelay);
    QTest::newRow("NO_ANSWER") << "NO_ANSWER" << int(RetryBehaviour::AfterNoAnswerDelay);
    QTest::newRow("NETWORK_ERROR") << "NETWORK_ERROR" << int(RetryBehaviour::Maybe);
    QTest::newRow("INSUFFICIENT_CREDITS") << "INSUFFICIENT_CREDITS" << int(RetryBehaviour::Never);
    QTest::newRow("other") << "WHATEVER" << int(RetryBehaviour::Unknown);
}

void TestErrorCodes::retry()
{
    QFETCH(QString, code);
    QFETCH(int, behaviour);
    QCOMPARE(int(retryBehaviour(code)), behaviour);
}

void TestErrorCodes::explanations()
{
    const ErrorExplanation busy = explainError(QStringLiteral("BUSY"));
    QVERIFY(busy.known);
    QCOMPARE(busy.code, QStringLiteral("BUSY"));
    QVERIFY(busy.retry.contains(QStringLiteral("busy delay")));
    const ErrorExplanation prose = explainError(QStringLiteral("Call was not answered"));
    QCOMPARE(prose.code, QStringLiteral("NO_ANSWER"));
    QCOMPARE(prose.raw, QStringLiteral("Call was not answered"));
    QVERIFY(prose.retry.contains(QStringLiteral("no-answer delay")));
    const ErrorExplanation never = explainError(QStringLiteral("INVALID_NUMBER"));
    QVERIFY(never.retry.contains(QStringLiteral("does not retry")));
    const ErrorExplanation odd = explainError(QStringLiteral("Carrier rejected"));
    QVERIFY(!odd.known);
    QCOMPARE(odd.shortText, QStringLiteral("Carrier rejected"));
}

void TestErrorCodes::cellText()
{
    QCOMPARE(errorCellText(QString()), QString());
    QCOMPARE(errorCellText(QStringLiteral("BUSY")), QStringLiteral("BUSY — Line busy"));
    QCOMPARE(errorCellText(QStringLiteral("Call was not answered")), QStringLiteral("NO_ANSWER — No answer"));
    QCOMPARE(errorCellText(QStringLiteral("weird\n thing")), QStringLiteral("weird thing"));
}

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_errorcodes.moc"
