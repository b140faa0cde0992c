// libFuzzer target: CSV reading and call-id import (issue 9). The input is a file's bytes. Checked:
//  - readCsv(): never crashes; rows and their line numbers agree, lines never go backwards, no row is
//    empty, every cell count stays within the limit, the delimiter is one readCsv() may pick;
//  - what writeCsv() makes of the rows reads back as the same rows (cells the formula guard touched come
//    back with its leading apostrophe, nothing else changes): exporting and re-importing loses nothing;
//  - importCallIds(): valid ids are plausible and unique, invalid entries are not plausible, every entry
//    is accounted for, line numbers are real; the valid ids written as a one-column export import back
//    as exactly the same list.

#include "fuzzsupport.h"

#include "csv.h"
#include "idlist.h"

#include <QSet>

using namespace cw;
using cw::fuzz::show;

namespace {

// What a cell becomes after writeCsv() encodes it as UTF-8: an unpaired surrogate (readCsv() passes them
// through from UTF-16 input; isPlausibleId() refuses such cells) turns into `replacement`. Qt writes '?';
// U+FFFD is accepted too. (Not QString::fromUtf8(toUtf8()): that would also drop a leading U+FEFF.)
QString throughUtf8(const QString &cell, QChar replacement)
{
    QString out = cell;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (out.at(i).isSurrogate())
            out[i] = replacement;
    }
    return out;
}

bool isFormulaStart(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u'\t' || cell.front() == u'\r')
        return true;
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u' ')
        ++i;
    if (i == cell.size())
        return false;
    const char16_t c = cell.at(i).unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\uFF1D' || c == u'\uFF0B' ||
           c == u'\uFF0D' || c == u'\uFF20';
}

void checkRead(const CsvReadResult &read, const QByteArray &input)
{
    FUZZ_CHECK(read.rows.size() == read.lines.size(), QStringLiteral("rows and lines differ in number"));
    FUZZ_CHECK(read.delimiter == u',' || read.delimiter == u';' || read.delimiter == u'\t' ||
                   input.left(16).toLower().contains("sep="),
               show(QString(read.delimiter)));
    int previous = 0;
    for (qsizetype r = 0; r < read.rows.size(); ++r) {
        FUZZ_CHECK(!read.rows.at(r).isEmpty(), QStringLiteral("an empty row"));
        FUZZ_CHECK(read.lines.at(r) > previous, QStringLiteral("line numbers go backwards at row %1").arg(r));
        previous = read.lines.at(r);
    }
    FUZZ_CHECK(read.ok() || !read.error.isEmpty(), QStringLiteral("error without text"));
}

void checkRoundTrip(const QList<QStringList> &rows)
{
    const QByteArray written = writeCsv({}, rows);
    const CsvReadResult back = readCsv(written);
    FUZZ_CHECK(back.ok(), QLatin1String("writeCsv() output does not read: ") + back.error);
    FUZZ_CHECK(back.delimiter == u',',
               QLatin1String("writeCsv() output read with delimiter ") + show(QString(back.delimiter)));
    FUZZ_CHECK(back.rows.size() == rows.size(), QStringLiteral("%1 rows written, %2 read back from %3")
                                                    .arg(rows.size())
                                                    .arg(back.rows.size())
                                                    .arg(show(QString::fromUtf8(written.left(200)))));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &a = rows.at(r);
        const QStringList &b = back.rows.at(r);
        FUZZ_CHECK(
            a.size() == b.size(),
            QStringLiteral("row %1: %2 cells written, %3 read back").arg(r).arg(a.size()).arg(b.size()));
        for (qsizetype c = 0; c < a.size(); ++c) {
            // Either spelling of an unpaired surrogate, with or without the formula guard's apostrophe.
            QString expected = throughUtf8(a.at(c), u'?');
            const QString other = throughUtf8(a.at(c), QChar::ReplacementCharacter);
            if (b.at(c) == other || b.at(c) == QLatin1Char('\'') + other)
                expected = other;
            const bool same = b.at(c) == expected;
            const bool guarded = isFormulaStart(expected) && b.at(c) == QLatin1Char('\'') + expected;
            FUZZ_CHECK(same || guarded, QStringLiteral("row %1 cell %2: %3 came back as %4")
                                            .arg(r)
                                            .arg(c)
                                            .arg(show(expected), show(b.at(c))));
        }
    }
}

void checkImport(const QByteArray &input, const CsvReadResult &read)
{
    const CallIdImport ids = importCallIds(input);
    FUZZ_CHECK(ids.ok() == read.ok(), QStringLiteral("import and read disagree on errors"));
    if (!ids.ok()) {
        FUZZ_CHECK(ids.valid.isEmpty() && ids.invalid.isEmpty() && ids.duplicates.isEmpty(),
                   QStringLiteral("ids returned from an unreadable file"));
        return;
    }
    QSet<QString> seen;
    for (const QString &id : ids.valid) {
        FUZZ_CHECK(isPlausibleId(id), show(id));
        FUZZ_CHECK(!seen.contains(id), QLatin1String("valid id twice: ") + show(id));
        seen.insert(id);
    }
    const int lastLine = read.lines.isEmpty() ? 0 : read.lines.constLast();
    for (const CsvEntry &entry : ids.invalid) {
        FUZZ_CHECK(!isPlausibleId(entry.text) && !entry.text.isEmpty(), show(entry.text));
        FUZZ_CHECK(!seen.contains(entry.text), QLatin1String("invalid entry twice: ") + show(entry.text));
        seen.insert(entry.text);
        FUZZ_CHECK(entry.line >= 1 && entry.line <= lastLine, QStringLiteral("line %1").arg(entry.line));
    }
    for (const CsvEntry &entry : ids.duplicates)
        FUZZ_CHECK(seen.contains(entry.text), QLatin1String("a duplicate of nothing: ") + show(entry.text));
    const qsizetype dataRows = read.rows.size() - (ids.header.isEmpty() ? 0 : 1);
    FUZZ_CHECK(ids.valid.size() + ids.invalid.size() + ids.duplicates.size() <= qMax<qsizetype>(dataRows, 0),
               QStringLiteral("more entries than data rows"));

    // Export the valid ids as a one-column file (what "Export ids" writes) and import it again.
    QList<QStringList> rows;
    for (const QString &id : ids.valid)
        rows.append(QStringList{id});
    const CallIdImport again = importCallIds(writeCsv({QStringLiteral("callId")}, rows));
    FUZZ_CHECK(again.ok() && again.valid == ids.valid && again.invalid.isEmpty() &&
                   again.duplicates.isEmpty(),
               QStringLiteral("%1 valid ids exported, %2 valid / %3 invalid read back; first: %4")
                   .arg(ids.valid.size())
                   .arg(again.valid.size())
                   .arg(again.invalid.size())
                   .arg(show(again.invalid.isEmpty() ? QString() : again.invalid.first().text)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cw::fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = cw::fuzz::bytes(data, size);
    // Small limits, so the limit paths are reached by small inputs too.
    const CsvReadResult limited = readCsv(input, CsvLimits{4096, 64});
    checkRead(limited, input);
    FUZZ_CHECK(!limited.ok() || size <= 4096, QStringLiteral("over the byte limit, yet read"));
    qsizetype cells = 0;
    for (const QStringList &row : limited.rows)
        cells += row.size();
    FUZZ_CHECK(cells <= 64, QStringLiteral("%1 cells read with a limit of 64").arg(cells));

    const CsvReadResult read = readCsv(input);
    checkRead(read, input);
    if (read.ok())
        checkRoundTrip(read.rows);
    checkImport(input, read);
    return 0;
}
