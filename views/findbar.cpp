#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findText"));
    m_field->setPlaceholderText(tr("Find in every column (the filters stay as they are)"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_count->setObjectName(QStringLiteral("findCount"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addStretch(0);
    layout->addWidget(close);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &FindBar::commit);
    connect(m_field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Enter on a new text finds it (its first match); on the same text, steps.
        if (m_field->text() != m_committed)
            commit();
        else
            Q_EMIT stepRequested(1);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(1); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setText(const QString &text)
{
    m_field->setText(text);
    commit();
}

void FindBar::commit()
{
    m_typing->stop();
    m_committed = m_field->text();
    Q_EMIT textChanged(m_committed);
}

void FindBar::showCount(int current, int total)
{
    const QLocale locale;
    const bool none = total == 0 && !m_committed.isEmpty();
    if (m_committed.isEmpty())
        m_count->clear();
    else if (none)
        m_count->setText(tr("No row contains it"));
    else if (current >= 0)
        m_count->setText(
            tr("%1 of %2 rows").arg(locale.toString(current + 1), locale.toString(total)));
    else
        m_count->setText(tr("%Ln row(s)", nullptr, total));
    m_field->setStyleSheet(none ? QStringLiteral("QLineEdit { border: 1px solid #c62828; }")
                                : QString());
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (override || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            // The bar takes Escape: the window's Clear Filters must not see it.
            event->accept();
            if (!override) {
                hide();
                Q_EMIT closed();
            }
            return true;
        }
        if (!override && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT stepRequested(-1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
