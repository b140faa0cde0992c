// libFuzzer target: what the webhook receiver does with a delivery's bytes (issue 9), without a socket.
// The whole input is the body; its first line doubles as a header value and its second line as a secret /
// token, so one input exercises:
//  - parseWebhookEvent(): every accepted event names its subject, a call event is a valid call stamped as a
//    webhook delivery at the time given, the call survives toJson() -> parse, batch.completed statistics
//    read back from their `raw`, and the parse does not depend on going through bytes or an object;
//  - WebhookReceiver::signatureMatches(): the signature Dialgen computes is always accepted (any hex case,
//    "sha256=" prefix, surrounding whitespace), a one-digit change never is, and for an arbitrary header
//    value the answer is exactly "64 hex digits equal to the HMAC";
//  - WebhookReceiver::bearerTokenMatches(): "Bearer <token>" in any case matches, an arbitrary header value
//    matches exactly when it spells that.

#include "fuzzsupport.h"

#include "callstatus.h"
#include "payloadparser.h"
#include "webhookevent.h"
#include "webhookreceiver.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace cw;
using cw::fuzz::show;

namespace {

const QDateTime kReceivedAt(QDate(2025, 11, 15), QTime(14, 31, 0), QTimeZone::utc());

void checkEvent(const QByteArray &body)
{
    const ParseResult<WebhookEvent> parsed = parseWebhookEvent(body, kReceivedAt);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().toString().isEmpty(), QStringLiteral("an error without text"));
        return;
    }
    const WebhookEvent &event = parsed.value();
    FUZZ_CHECK(!event.subjectId().trimmed().isEmpty(), QStringLiteral("an event without a subject"));
    FUZZ_CHECK(event.name.isEmpty() || knownWebhookEvents().contains(event.name), show(event.name));
    FUZZ_CHECK(event.receivedAt == kReceivedAt, QStringLiteral("receivedAt"));
    FUZZ_CHECK(event.raw.contains(QLatin1String("event")) || event.raw.contains(QLatin1String("callData")),
               QStringLiteral("accepted without event or callData"));

    // The same object handed over directly parses the same way.
    const ParseResult<WebhookEvent> direct =
        webhookEventFromObject(QJsonDocument::fromJson(body).object(), kReceivedAt);
    FUZZ_CHECK(direct.ok() && direct.value().kind == event.kind &&
                   direct.value().subjectId() == event.subjectId(),
               QStringLiteral("object and bytes disagree"));

    switch (event.kind) {
    case WebhookEvent::Kind::Call: {
        const CallSnapshot &call = event.call;
        FUZZ_CHECK(call.source == SnapshotSource::Webhook && call.receivedAt == kReceivedAt,
                   QStringLiteral("call not stamped as a webhook delivery"));
        FUZZ_CHECK(!call.statusText.trimmed().isEmpty() &&
                       call.status == callStatusFromString(call.statusText),
                   show(call.statusText));
        FUZZ_CHECK(!call.duration || *call.duration >= 0, QStringLiteral("negative duration"));
        FUZZ_CHECK(event.batchId == call.batchId, QStringLiteral("batchId"));
        const QByteArray stored = QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact);
        const ParseResult<CallSnapshot> back = PayloadParser::parseLiveStatus(stored);
        FUZZ_CHECK(back.ok() && back.value().callId == call.callId &&
                       back.value().statusText == call.statusText && back.value().duration == call.duration &&
                       back.value().startTime == call.startTime && back.value().endTime == call.endTime &&
                       back.value().recordingUrl == call.recordingUrl,
                   QLatin1String("the webhook call does not survive toJson(): ") + QString::fromUtf8(stored));
        break;
    }
    case WebhookEvent::Kind::BatchCompleted: {
        FUZZ_CHECK(event.statistics.status == QLatin1String("completed") &&
                       event.statistics.batchId == event.batchId,
                   QStringLiteral("batch.completed statistics"));
        const ParseResult<BatchStatistics> back = PayloadParser::parseBatchStatistics(
            QJsonDocument(event.statistics.raw).toJson(QJsonDocument::Compact));
        FUZZ_CHECK(back.ok() && back.value().total == event.statistics.total &&
                       back.value().succeeded == event.statistics.succeeded &&
                       back.value().completedAt == event.statistics.completedAt,
                   QStringLiteral("batch.completed statistics do not read back from raw"));
        break;
    }
    case WebhookEvent::Kind::BatchFailed:
        FUZZ_CHECK(!event.timestamp.isValid() || event.timestamp.offsetFromUtc() == 0,
                   QStringLiteral("timestamp not in UTC"));
        break;
    }
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What signatureMatches() must answer, written the plain way.
bool expectedSignatureMatch(const QByteArray &header, const QByteArray &body, const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    QByteArray given = header.trimmed();
    if (given.size() > 7 && given.left(7).toLower() == "sha256=")
        given = given.mid(7);
    if (given.size() != 64 || !std::all_of(given.cbegin(), given.cend(), isHexDigit))
        return false;
    return given.toLower() == WebhookReceiver::signatureFor(body, secret);
}

bool expectedTokenMatch(const QByteArray &header, const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    const QByteArray value = header.trimmed();
    return value.size() > 7 && value.left(7).toLower() == "bearer " && value.mid(7).trimmed() == token;
}

void checkSignature(const QByteArray &header, const QByteArray &secret, const QByteArray &body)
{
    const QByteArray good = WebhookReceiver::signatureFor(body, secret);
    FUZZ_CHECK(good.size() == 64 && good == good.toLower(), QString::fromLatin1(good));
    FUZZ_CHECK(WebhookReceiver::signatureMatches(good, body, secret),
               QStringLiteral("own signature refused"));
    FUZZ_CHECK(WebhookReceiver::signatureMatches(" sha256=" + good.toUpper() + "\t", body, secret),
               QStringLiteral("prefixed upper-case signature refused"));
    // Any one digit changed: refused. Which digit and how follows from the input, so it varies.
    QByteArray bad = good;
    const qsizetype at =
        static_cast<qsizetype>(static_cast<unsigned char>(body.isEmpty() ? 0 : body.back())) % 64;
    bad[at] = bad.at(at) == '0' ? '1' : '0';
    FUZZ_CHECK(!WebhookReceiver::signatureMatches(bad, body, secret),
               QStringLiteral("altered signature accepted"));
    FUZZ_CHECK(!WebhookReceiver::signatureMatches(good, body + ' ', secret),
               QStringLiteral("other body accepted"));
    FUZZ_CHECK(!WebhookReceiver::signatureMatches(good, body, {}), QStringLiteral("no secret, yet accepted"));

    FUZZ_CHECK(WebhookReceiver::signatureMatches(header, body, secret) ==
                   expectedSignatureMatch(header, body, secret),
               show(QString::fromLatin1(header)));
}

void checkToken(const QByteArray &header, const QByteArray &token)
{
    FUZZ_CHECK(WebhookReceiver::bearerTokenMatches(header, token) == expectedTokenMatch(header, token),
               show(QString::fromLatin1(header)) + QLatin1String(" / ") + show(QString::fromLatin1(token)));
    if (!token.isEmpty() && token.trimmed() == token) {
        FUZZ_CHECK(WebhookReceiver::bearerTokenMatches("Bearer " + token, token),
                   QStringLiteral("token refused"));
        FUZZ_CHECK(WebhookReceiver::bearerTokenMatches("  bEaReR   " + token + "\r\n", token),
                   QStringLiteral("token with odd spacing refused"));
        FUZZ_CHECK(!WebhookReceiver::bearerTokenMatches("Bearer " + token + 'x', token),
                   QStringLiteral("longer token accepted"));
        FUZZ_CHECK(!WebhookReceiver::bearerTokenMatches("Basic " + token, token),
                   QStringLiteral("wrong scheme"));
    }
    FUZZ_CHECK(!WebhookReceiver::bearerTokenMatches(header, {}), QStringLiteral("empty token matched"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cw::fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = cw::fuzz::bytes(data, size);
    checkEvent(body);

    const qsizetype firstBreak = body.indexOf('\n');
    const QByteArray header = firstBreak < 0 ? body : body.left(firstBreak);
    const qsizetype secondBreak = firstBreak < 0 ? -1 : body.indexOf('\n', firstBreak + 1);
    QByteArray secret =
        firstBreak < 0 ? QByteArray() : body.mid(firstBreak + 1, secondBreak - firstBreak - 1);
    if (secret.isEmpty())
        secret = QByteArrayLiteral("whsec_fuzz");
    checkSignature(header, secret, body);
    checkToken(header, secret);
    return 0;
}
