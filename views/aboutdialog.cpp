#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About HttpErr Viewer"));

    auto *icon = new QLabel(this);
    const int side = 4 * fontMetrics().height();
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(side, side)));
    icon->setAlignment(Qt::AlignTop);

    auto *label = new QLabel(text(), this);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMinimumWidth(48 * fontMetrics().averageCharWidth());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::text()
{
    const QString versions =
        tr("Qt %1 (built with %2), QCustomPlot %3")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    return QStringLiteral("<h3>") + tr("HttpErr Viewer %1").arg(QStringLiteral(HTTPERR_VERSION))
           + QStringLiteral("</h3><p>")
           + tr("Shows what Windows HTTP.sys rejected or dropped: when, for whom and why.")
           + QStringLiteral("</p><p>") + versions + QStringLiteral("</p><p>")
           + tr("Licence: GNU General Public License, version 3 or later "
                "(GPL-3.0-or-later). HttpErr Viewer uses QCustomPlot, which is licensed under "
                "the GPL version 3, so the program as a whole is distributed under the GPL "
                "version 3 or later. It comes with no warranty.")
           + QStringLiteral("</p><p><a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">")
           + tr("Read the licence") + QStringLiteral("</a></p>");
}
