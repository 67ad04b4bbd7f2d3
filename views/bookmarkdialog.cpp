#include "bookmarkdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

BookmarkDialog::BookmarkDialog(const QString &what, const QString &comment, bool editing,
                               QWidget *parent)
    : QDialog(parent)
    , m_comment(new QLineEdit(comment, this))
{
    setObjectName(QStringLiteral("bookmarkDialog"));
    setWindowTitle(editing ? tr("Edit Bookmark") : tr("Add Bookmark"));
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setObjectName(QStringLiteral("bookmarkComment"));
    m_comment->setPlaceholderText(tr("What this is, for whoever reads the ticket"));
    m_comment->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(new QLabel(tr("Comment:"), this));
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

QString BookmarkDialog::comment() const
{
    return m_comment->text().trimmed();
}
