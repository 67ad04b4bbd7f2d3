#include "noticebar.h"

#include "palettes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A pale yellow on light themes, a dark amber on dark ones: noticed, not alarming.
    QPalette p = palette();
    p.setColor(QPalette::Window, Palettes::isDark(p) ? QColor(84, 68, 20) : QColor(255, 244, 206));
    setPalette(p);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 4, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_close);
    connect(m_button, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_action; // dismiss() forgets it
        dismiss();
        if (action)
            action();
    });
    connect(m_close, &QToolButton::clicked, this, [this] { dismiss(); });
    hide();
}

void NoticeBar::showNotice(const QString &kind, const QString &text, const QString &button,
                           std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_button->setText(button);
    m_button->setVisible(!button.isEmpty());
    m_action = std::move(action);
    show();
}

void NoticeBar::dismiss(const QString &kind)
{
    if (!kind.isEmpty() && kind != m_kind)
        return;
    m_kind.clear();
    m_action = nullptr;
    hide();
}

QString NoticeBar::text() const
{
    return isVisible() || !m_kind.isEmpty() ? m_text->text() : QString();
}
