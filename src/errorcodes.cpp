#include "errorcodes.h"

#include <QCoreApplication>

namespace cw {

namespace {

struct KnownCode
{
    const char *code;
    const char *shortText;
    const char *explanation;
    RetryBehaviour retry;
};

const KnownCode kCodes[] = {
    {"INVALID_NUMBER", QT_TRANSLATE_NOOP("cw::ErrorCodes", "Invalid number"),
     QT_TRANSLATE_NOOP("cw::ErrorCodes",
                       "The phone number is not valid, so the call could not be placed. Check the contact's "
                       "number."),
     RetryBehaviour::Never},
    {"BUSY", QT_TRANSLATE_NOOP("cw::ErrorCodes", "Line busy"),
     QT_TRANSLATE_NOOP("cw::ErrorCodes", "The line was busy when Dialgen dialled."),
     RetryBehaviour::AfterBusyDelay},
    {"NO_ANSWER", QT_TRANSLATE_NOOP("cw::ErrorCodes", "No answer"),
     QT_TRANSLATE_NOOP("cw::ErrorCodes", "The phone rang but nobody answered."),
     RetryBehaviour::AfterNoAnswerDelay},
    {"NETWORK_ERROR", QT_TRANSLATE_NOOP("cw::ErrorCodes", "Network problem"),
     QT_TRANSLATE_NOOP("cw::ErrorCodes", "A connectivity problem interrupted the call or stopped it from "
                                         "being placed."),
     RetryBehaviour::Maybe},
    {"INSUFFICIENT_CREDITS", QT_TRANSLATE_NOOP("cw::ErrorCodes", "Out of credits"),
     QT_TRANSLATE_NOOP("cw::ErrorCodes", "The account did not have enough Dialgen credits to place the call. "
                                         "Top up the account; calls will not go out until then."),
     RetryBehaviour::Never},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ErrorCodes", text);
}

// The documented code a raw error field stands for: the code itself in any case or spelling
// ("no-answer", "Invalid Number"), or prose that says it ("Call was not answered").
const char *codeFor(QStringView raw)
{
    const QString text = raw.trimmed().toString();
    if (text.isEmpty())
        return nullptr;
    QString asCode = text.toUpper();
    asCode.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const KnownCode &known : kCodes) {
        if (asCode == QLatin1String(known.code))
            return known.code;
    }
    const QString lower = text.toLower();
    const auto has = [&lower](const char *needle) {
        return lower.contains(QLatin1String(needle));
    };
    if (has("credit"))
        return "INSUFFICIENT_CREDITS";
    if (has("busy"))
        return "BUSY";
    if (has("not answered") || has("no answer") || has("unanswered") || has("did not answer") ||
        has("didn't answer") || has("not picked up"))
        return "NO_ANSWER";
    if ((has("invalid") || has("not valid")) && (has("number") || has("phone")))
        return "INVALID_NUMBER";
    if (has("network") || has("connectivity"))
        return "NETWORK_ERROR";
    return nullptr;
}

const KnownCode *findCode(QStringView raw)
{
    const char *code = codeFor(raw);
    if (!code)
        return nullptr;
    for (const KnownCode &known : kCodes) {
        if (qstrcmp(known.code, code) == 0)
            return &known;
    }
    return nullptr;
}

} // namespace

QString normalizeErrorCode(QStringView raw)
{
    const KnownCode *known = findCode(raw);
    return known ? QLatin1String(known->code) : QString();
}

RetryBehaviour retryBehaviour(QStringView code)
{
    const KnownCode *known = findCode(code);
    return known ? known->retry : RetryBehaviour::Unknown;
}

ErrorExplanation explainError(const QString &raw)
{
    ErrorExplanation result;
    result.raw = raw;
    const KnownCode *known = findCode(raw);
    if (!known) {
        result.shortText = raw.trimmed();
        result.explanation = QCoreApplication::translate(
            "cw::ErrorCodes", "Dialgen reported an error CallWatch does not recognise. The text above is "
                              "exactly what Dialgen sent.");
        result.retry = QCoreApplication::translate(
            "cw::ErrorCodes", "Dialgen may or may not retry this call, depending on the error.");
        return result;
    }
    result.known = true;
    result.code = QLatin1String(known->code);
    result.shortText = tr(known->shortText);
    result.explanation = tr(known->explanation);
    switch (known->retry) {
    case RetryBehaviour::Never:
        result.retry = QCoreApplication::translate("cw::ErrorCodes", "Dialgen does not retry this call.");
        break;
    case RetryBehaviour::AfterBusyDelay:
        result.retry = QCoreApplication::translate(
            "cw::ErrorCodes", "In a batch, Dialgen dials again after the batch's busy delay (5 minutes by "
                              "default), up to its maximum number of attempts.");
        break;
    case RetryBehaviour::AfterNoAnswerDelay:
        result.retry = QCoreApplication::translate(
            "cw::ErrorCodes", "In a batch, Dialgen dials again after the batch's no-answer delay (1 hour by "
                              "default), up to its maximum number of attempts.");
        break;
    case RetryBehaviour::Maybe:
        result.retry = QCoreApplication::translate(
            "cw::ErrorCodes", "Dialgen may retry, depending on the kind of network problem.");
        break;
    case RetryBehaviour::Unknown:
        break;
    }
    return result;
}

QString errorCellText(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return {};
    const KnownCode *known = findCode(raw);
    if (!known)
        return raw.simplified();
    return QLatin1String(known->code) + QStringLiteral(" — ") + tr(known->shortText);
}

} // namespace cw
