#include "requestfilterbar.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace {
constexpr int ApplyDelayMs = 300;

QString secondsText(std::optional<uint32_t> ms)
{
    return ms ? QLocale().toString(double(*ms) / 1000.0, 'g', 10) : QString();
}

std::optional<uint32_t> millisecondsOf(const QString &text)
{
    bool ok = false;
    double seconds = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        seconds = text.trimmed().toDouble(&ok); // "1.5" in a locale that writes "1,5"
    if (!ok || seconds < 0 || seconds > 4e6)
        return std::nullopt;
    return uint32_t(std::llround(seconds * 1000.0));
}
} // namespace

RequestFilterBar::RequestFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_apply(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(4);
    m_url = addField(tr("URL"), urlTip(), 0);
    m_clientIp =
        addField(tr("Client IP"),
                 tr("Addresses, 10.1.* or 10.1.0.0/16, separated by commas; ! to hide"), 120);
    m_status = addField(tr("Status"), tr("HTTP status: 503, 500 or !200"), 64);
    m_substatus = addField(tr("Substatus"), tr("IIS substatus: 0, 2"), 72);
    m_win32 = addField(tr("Win32"), tr("Win32 status: 64, 1236"), 64);
    m_minSeconds = addField(tr("≥ s"), tr("Requests that took at least this many seconds"), 52);
    m_maxSeconds = addField(tr("≤ s"), tr("Requests that took at most this many seconds"), 52);
    for (QLineEdit *edit :
         {m_url, m_clientIp, m_status, m_substatus, m_win32, m_minSeconds, m_maxSeconds}) {
        layout->addWidget(edit, edit == m_url ? 3 : edit == m_clientIp ? 1 : 0);
        connect(edit, &QLineEdit::textEdited, this, &RequestFilterBar::emitSoon);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_apply->stop();
            Q_EMIT stateChanged(state());
        });
    }
    m_window = new QToolButton(this);
    m_window->setObjectName(QStringLiteral("requestWindow"));
    m_window->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_window->setAutoRaise(true);
    m_window->setToolTip(tr("Only the requests a link asked for; click to show all"));
    m_window->hide();
    connect(m_window, &QToolButton::clicked, this, [this] {
        m_from.reset();
        m_to.reset();
        m_server.clear();
        m_failedSeconds.reset();
        showWindow();
        Q_EMIT stateChanged(state());
    });
    layout->addWidget(m_window);
    m_apply->setSingleShot(true);
    m_apply->setInterval(ApplyDelayMs);
    connect(m_apply, &QTimer::timeout, this, [this] { Q_EMIT stateChanged(state()); });
}

QLineEdit *RequestFilterBar::addField(const QString &placeholder, const QString &tip, int width)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(width == 0 || width >= 100);
    if (width > 0)
        edit->setFixedWidth(width);
    else
        edit->setMinimumWidth(120);
    return edit;
}

QString RequestFilterBar::urlTip()
{
    return tr("Part of the URL (cs-uri-stem); * and ? as wildcards, re: for a regular "
              "expression, ! to hide matches");
}

void RequestFilterBar::emitSoon()
{
    m_apply->start();
}

RequestFilterState RequestFilterBar::state() const
{
    RequestFilterState s;
    s.url = m_url->text().trimmed();
    s.clientIp = m_clientIp->text().trimmed();
    s.status = m_status->text().trimmed();
    s.substatus = m_substatus->text().trimmed();
    s.win32Status = m_win32->text().trimmed();
    s.minTimeTakenMs = millisecondsOf(m_minSeconds->text());
    s.maxTimeTakenMs = millisecondsOf(m_maxSeconds->text());
    s.from = m_from;
    s.to = m_to;
    s.server = m_server;
    s.stalledOrFailedSeconds = m_failedSeconds;
    return s;
}

void RequestFilterBar::setState(const RequestFilterState &state)
{
    m_apply->stop();
    m_url->setText(state.url);
    m_clientIp->setText(state.clientIp);
    m_status->setText(state.status);
    m_substatus->setText(state.substatus);
    m_win32->setText(state.win32Status);
    m_minSeconds->setText(secondsText(state.minTimeTakenMs));
    m_maxSeconds->setText(secondsText(state.maxTimeTakenMs));
    m_from = state.from;
    m_to = state.to;
    m_server = state.server;
    m_failedSeconds = state.stalledOrFailedSeconds;
    showWindow();
}

void RequestFilterBar::setTimeFormat(const TimeFormat &format)
{
    m_format = format;
    showWindow();
}

void RequestFilterBar::showWindow()
{
    // What a link set and the fields do not show: the time window, the server, stalled or failed.
    QString text;
    if (m_from && m_to)
        text = tr("Ended %1").arg(m_format.span(*m_from, *m_to));
    else if (m_from)
        text = tr("Ended from %1").arg(m_format.dateTimeWithZone(*m_from));
    else if (m_to)
        text = tr("Ended until %1").arg(m_format.dateTimeWithZone(*m_to));
    if (!m_server.isEmpty())
        text = text.isEmpty() ? tr("On %1").arg(m_server) : tr("%1 on %2").arg(text, m_server);
    if (m_failedSeconds)
        text = text.isEmpty() ? tr("Stalled or failed") : tr("%1, stalled or failed").arg(text);
    m_window->setVisible(!text.isEmpty());
    m_window->setText(tr("%1 ✕").arg(text));
}

void RequestFilterBar::setErrors(const QStringList &errors)
{
    const bool bad = !errors.isEmpty();
    m_url->setStyleSheet(bad ? QStringLiteral("QLineEdit { color: #b00020; }") : QString());
    m_url->setToolTip(bad ? errors.join(QLatin1Char('\n')) : urlTip());
}
