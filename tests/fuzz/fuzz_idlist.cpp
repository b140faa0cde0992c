// libFuzzer target: pasted id lists (issue 9). The input is pasted text (UTF-8, or UTF-16 when it starts
// with a byte-order mark, so lone surrogates and odd code points reach the checks too). Checked:
//  - splitIds(): no entry is empty, carries surrounding whitespace or contains a separator;
//  - parseIds(): valid + invalid + duplicates accounts for every entry; valid ids are plausible and
//    unique, invalid ones are not plausible; nothing is both;
//  - isPlausibleId(): length 1..MaxIdLength and no whitespace, quotes or angle brackets in what it accepts;
//  - valid ids survive a copy and paste: joined with any separator the paste accepts and split again,
//    they come back unchanged and in order; cleanIdEntry() leaves them alone.

#include "fuzzsupport.h"

#include "idlist.h"

#include <QSet>
#include <QStringDecoder>

using namespace cw;
using cw::fuzz::show;

namespace {

QString decodeInput(const QByteArray &input)
{
    if (input.startsWith("\xFF\xFE") && input.size() % 2 == 0) {
        QString text(input.size() / 2 - 1, Qt::Uninitialized);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto lo = static_cast<unsigned char>(input.at(2 + 2 * i));
            const auto hi = static_cast<unsigned char>(input.at(3 + 2 * i));
            text[i] = QChar(static_cast<char16_t>(lo | (hi << 8)));
        }
        return text; // raw code units: lone surrogates included
    }
    return QString::fromUtf8(input);
}

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c.isSpace();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cw::fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = decodeInput(cw::fuzz::bytes(data, size));

    const QStringList entries = splitIds(text);
    for (const QString &entry : entries) {
        FUZZ_CHECK(!entry.isEmpty(), QStringLiteral("an empty entry"));
        FUZZ_CHECK(entry == entry.trimmed(), show(entry));
    }

    const IdParseResult parsed = parseIds(text);
    FUZZ_CHECK(parsed.valid.size() + parsed.invalid.size() + parsed.duplicates.size() == entries.size(),
               QStringLiteral("%1 + %2 + %3 != %4")
                   .arg(parsed.valid.size())
                   .arg(parsed.invalid.size())
                   .arg(parsed.duplicates.size())
                   .arg(entries.size()));
    QSet<QString> valid;
    for (const QString &id : parsed.valid) {
        FUZZ_CHECK(isPlausibleId(id), show(id));
        FUZZ_CHECK(id.size() >= 1 && id.size() <= MaxIdLength, show(id));
        for (const QChar c : id) {
            FUZZ_CHECK(!c.isSpace() && c != u'"' && c != u'\'' && c != u'<' && c != u'>' &&
                           c != QChar(0xFFFD),
                       show(id));
        }
        FUZZ_CHECK(!valid.contains(id), QLatin1String("twice: ") + show(id));
        valid.insert(id);
        FUZZ_CHECK(cleanIdEntry(id) == id, QLatin1String("cleanIdEntry() changes a valid id: ") + show(id));
    }
    for (const QString &id : parsed.invalid)
        FUZZ_CHECK(!isPlausibleId(id) && !valid.contains(id), show(id));

    // Copy the valid ids out and paste them back, with each kind of separator the paste accepts.
    for (const QLatin1String separator : {QLatin1String("\n"), QLatin1String("\r\n"), QLatin1String(", "),
                                          QLatin1String(";"), QLatin1String("\t")}) {
        const QStringList again = splitIds(parsed.valid.join(separator));
        FUZZ_CHECK(again == parsed.valid,
                   QStringLiteral("%1 valid ids pasted back as %2 entries; first valid %3")
                       .arg(parsed.valid.size())
                       .arg(again.size())
                       .arg(show(parsed.valid.value(0))));
    }
    for (const QString &id : parsed.valid) {
        bool splits = false;
        for (const QChar c : id)
            splits = splits || isSeparator(c);
        FUZZ_CHECK(!splits, QLatin1String("a valid id holds a separator: ") + show(id));
    }
    return 0;
}
