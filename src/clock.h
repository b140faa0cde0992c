#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace cw {

// Time source for everything time-based (ticking durations, ages, poll due times), injectable so the
// logic can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    static const Clock &system();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'763'217'001'123LL,
                                                                          QTimeZone::utc()))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime when) { m_now = std::move(when); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace cw
