#include "idlist.h"

#include <QSet>

namespace cw {

namespace {

bool isSeparator(QChar c)
{
    // QChar::isSpace covers \t \n \v \f \r, space, NBSP, U+2028/U+2029 and the other Unicode spaces.
    return c == u',' || c == u';' || c.isSpace();
}

} // namespace

bool isPlausibleId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    const qsizetype n = id.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = id.at(i).unicode();
        if (QChar::isHighSurrogate(cp)) {
            if (i + 1 >= n || !id.at(i + 1).isLowSurrogate())
                return false; // a lone surrogate
            cp = QChar::surrogateToUcs4(id.at(i), id.at(i + 1));
            ++i;
        }
        // isPrint() is false for every Other_* category: controls, format characters, surrogates, private
        // use and unassigned code points.
        if (!QChar::isPrint(cp) || QChar::isSpace(cp))
            return false;
        // The quotes cleanIdEntry() strips (typographic ones included): an id holding one would not survive
        // being copied and pasted again.
        if (cp == U'"' || cp == U'\'' || cp == U'\u2018' || cp == U'\u2019' || cp == U'\u201C' ||
            cp == U'\u201D' || cp == U'<' || cp == U'>' || cp == U'\uFFFD')
            return false;
    }
    return true;
}

QString cleanIdEntry(QStringView entry)
{
    QStringView s = entry.trimmed();
    if (s.size() >= 2) {
        const QChar first = s.front();
        const QChar last = s.back();
        if ((first == u'"' && last == u'"') || (first == u'\'' && last == u'\'') ||
            (first == u'\u201C' && last == u'\u201D') || (first == u'\u2018' && last == u'\u2019'))
            s = s.sliced(1, s.size() - 2).trimmed();
    }
    return s.toString();
}

QStringList splitIds(const QString &text)
{
    QStringView rest(text);
    if (rest.startsWith(u'\uFEFF'))
        rest = rest.sliced(1);
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = rest.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isSeparator(rest.at(i)))
            continue;
        if (i > start) {
            QString entry = cleanIdEntry(rest.sliced(start, i - start));
            if (!entry.isEmpty())
                out.append(std::move(entry));
        }
        start = i + 1;
    }
    return out;
}

IdParseResult parseIds(const QString &text)
{
    IdParseResult result;
    QSet<QString> seen;
    const QStringList entries = splitIds(text);
    for (const QString &entry : entries) {
        if (seen.contains(entry)) {
            result.duplicates.append(entry);
            continue;
        }
        seen.insert(entry);
        (isPlausibleId(entry) ? result.valid : result.invalid).append(entry);
    }
    return result;
}

} // namespace cw
