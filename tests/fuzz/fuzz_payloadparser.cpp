// libFuzzer target: every payload shape PayloadParser reads (issue 9). The input is one response body; it
// goes through every entry point, and whatever parses must satisfy the documented guarantees:
//  - a call has a non-blank id and status, status matching its text, a non-negative duration, UTC times,
//    a recording URL that is empty or an absolute http(s) URL with a host, and the source of its parser;
//  - a call survives CallSnapshot::toJson() -> bytes -> parseLiveStatus() unchanged (this is how the
//    history store keeps calls), and batch statistics survive their `raw` object the same way;
//  - counts and durations are never negative; batch elements carry the batch's id;
//  - error-body text stays within its documented length.

#include "fuzzsupport.h"

#include "callsnapshot.h"
#include "callstatus.h"
#include "payloadparser.h"

#include <QJsonDocument>
#include <QUrl>

using namespace cw;
using cw::fuzz::show;

namespace {

bool isUtcOrInvalid(const QDateTime &time)
{
    return !time.isValid() || time.offsetFromUtc() == 0;
}

QString describe(const CallSnapshot &call)
{
    return QString::fromUtf8(QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact));
}

// The first field where two snapshots differ, empty when they agree on everything toJson() writes.
QString firstDifference(const CallSnapshot &a, const CallSnapshot &b)
{
    const auto text = [](const char *name, const QString &x, const QString &y) -> QString {
        return x == y ? QString()
                      : QLatin1String(name) + QLatin1String(": ") + show(x) + QLatin1String(" vs ") + show(y);
    };
    const auto time = [](const char *name, const QDateTime &x, const QDateTime &y) -> QString {
        if (x.isValid() == y.isValid() && (!x.isValid() || x.toMSecsSinceEpoch() == y.toMSecsSinceEpoch()))
            return {};
        return QLatin1String(name) + QLatin1String(": ") + x.toString(Qt::ISODateWithMs) +
               QLatin1String(" vs ") + y.toString(Qt::ISODateWithMs);
    };
    for (QString d :
         {text("callId", a.callId, b.callId), text("statusText", a.statusText, b.statusText),
          time("startTime", a.startTime, b.startTime), time("endTime", a.endTime, b.endTime),
          text("phoneNumber", a.phoneNumber, b.phoneNumber), text("contactId", a.contactId, b.contactId),
          text("contactName", a.contactName, b.contactName), text("batchId", a.batchId, b.batchId),
          text("agent", a.agent, b.agent), text("direction", a.direction, b.direction),
          text("error", a.error, b.error), text("summary", a.summary, b.summary),
          text("recordingUrl", a.recordingUrl.toString(QUrl::FullyEncoded),
               b.recordingUrl.toString(QUrl::FullyEncoded))}) {
        if (!d.isEmpty())
            return d;
    }
    if (a.status != b.status)
        return QStringLiteral("status");
    if (a.duration != b.duration)
        return QStringLiteral("duration: %1 vs %2").arg(a.duration.value_or(-1)).arg(b.duration.value_or(-1));
    if (a.transcript != b.transcript)
        return QStringLiteral("transcript");
    if (a.metrics != b.metrics)
        return QStringLiteral("metrics");
    return {};
}

void checkCall(const CallSnapshot &call, SnapshotSource source)
{
    FUZZ_CHECK(!call.callId.trimmed().isEmpty(), QLatin1String("blank call id in ") + describe(call));
    FUZZ_CHECK(!call.statusText.trimmed().isEmpty(), QLatin1String("blank status in ") + describe(call));
    FUZZ_CHECK(call.status == callStatusFromString(call.statusText), describe(call));
    FUZZ_CHECK(!call.duration || *call.duration >= 0, describe(call));
    FUZZ_CHECK(isUtcOrInvalid(call.startTime) && isUtcOrInvalid(call.endTime), describe(call));
    FUZZ_CHECK(call.source == source, describe(call));
    if (!call.recordingUrl.isEmpty()) {
        const QString scheme = call.recordingUrl.scheme().toLower();
        FUZZ_CHECK(call.recordingUrl.isValid() && !call.recordingUrl.isRelative() &&
                       !call.recordingUrl.host().isEmpty() &&
                       (scheme == QLatin1String("http") || scheme == QLatin1String("https")),
                   call.recordingUrl.toString());
    }

    // What the history store writes must read back as the same call.
    const QByteArray stored = QJsonDocument(call.toJson()).toJson(QJsonDocument::Compact);
    const ParseResult<CallSnapshot> back = PayloadParser::parseLiveStatus(stored);
    FUZZ_CHECK(back.ok(), QLatin1String("toJson() does not parse back: ") +
                              (back.ok() ? QString() : back.error().toString()) + QLatin1String(" in ") +
                              QString::fromUtf8(stored));
    const QString difference = firstDifference(call, back.value());
    FUZZ_CHECK(difference.isEmpty(), difference + QLatin1String(" after ") + QString::fromUtf8(stored));
}

void checkStatistics(const BatchStatistics &stats)
{
    FUZZ_CHECK(!stats.status.trimmed().isEmpty(), QStringLiteral("blank batch status"));
    FUZZ_CHECK(stats.total >= 0 && stats.processed >= 0 && stats.succeeded >= 0 && stats.failed >= 0 &&
                   stats.pending >= 0 && stats.elapsedTime >= 0,
               QStringLiteral("negative count"));
    FUZZ_CHECK(!stats.estimatedTimeRemaining || *stats.estimatedTimeRemaining >= 0, QStringLiteral("eta"));
    FUZZ_CHECK(isUtcOrInvalid(stats.createdAt) && isUtcOrInvalid(stats.startedAt) &&
                   isUtcOrInvalid(stats.completedAt),
               QStringLiteral("timestamps not in UTC"));
    // Stored as `raw`, read back with the same parser (history, webhook batch.completed).
    const ParseResult<BatchStatistics> back =
        PayloadParser::parseBatchStatistics(QJsonDocument(stats.raw).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(back.ok(), QStringLiteral("raw statistics do not parse back"));
    const BatchStatistics &b = back.value();
    FUZZ_CHECK(b.batchId == stats.batchId && b.status == stats.status && b.total == stats.total &&
                   b.processed == stats.processed && b.succeeded == stats.succeeded &&
                   b.failed == stats.failed && b.pending == stats.pending &&
                   b.estimatedTimeRemaining == stats.estimatedTimeRemaining &&
                   b.elapsedTime == stats.elapsedTime && b.createdAt == stats.createdAt &&
                   b.completedAt == stats.completedAt,
               QStringLiteral("statistics changed on the way back"));
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

    if (const auto live = PayloadParser::parseLiveStatus(body))
        checkCall(live.value(), SnapshotSource::LiveStatus);
    if (const auto persistent = PayloadParser::parsePersistentStatus(body))
        checkCall(persistent.value(), SnapshotSource::PersistentStatus);
    if (const auto metrics = PayloadParser::parseCallMetrics(body))
        checkCall(metrics.value(), SnapshotSource::Metrics);
    if (const auto batch = PayloadParser::parseBatchStatus(body)) {
        for (const CallSnapshot &call : batch.value().calls) {
            checkCall(call, SnapshotSource::BatchStatus);
            FUZZ_CHECK(batch.value().batchId.isEmpty() || !call.batchId.isEmpty(), describe(call));
        }
    }
    if (const auto stats = PayloadParser::parseBatchStatistics(body))
        checkStatistics(stats.value());
    if (const auto list = PayloadParser::parseBatchList(body)) {
        for (const BatchSummary &summary : list.value()) {
            FUZZ_CHECK(!summary.batchId.trimmed().isEmpty(), QStringLiteral("blank batch id"));
            FUZZ_CHECK(summary.total >= 0 && summary.processed >= 0 && summary.succeeded >= 0 &&
                           summary.failed >= 0,
                       QStringLiteral("negative count"));
            FUZZ_CHECK(isUtcOrInvalid(summary.createdAt), QStringLiteral("createdAt not in UTC"));
        }
    }

    const ServerErrorBody error = PayloadParser::parseErrorBody(body);
    FUZZ_CHECK(error.message.size() <= 300 && error.error.size() <= 300 && error.code.size() <= 300 &&
                   error.details.size() <= 2000,
               show(error.message));

    // The timestamp reader on its own: whatever it accepts is UTC and prints back to the same instant.
    const QDateTime time = PayloadParser::parseTimestamp(QString::fromUtf8(body.left(64)));
    if (time.isValid()) {
        FUZZ_CHECK(time.offsetFromUtc() == 0, time.toString(Qt::ISODateWithMs));
        const QString printed = time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
        FUZZ_CHECK(PayloadParser::parseTimestamp(printed) == time,
                   show(QString::fromUtf8(body.left(64))) + QLatin1String(" -> ") + printed);
    }
    return 0;
}
