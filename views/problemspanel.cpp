#include "problemspanel.h"

#include "logsource.h"
#include "problemfiltermodel.h"
#include "problemlistmodel.h"
#include "problemsview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_file(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_view(new ProblemsView(this))
    , m_filter(new ProblemFilterModel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_file->setObjectName(QStringLiteral("problemsFileFilter"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_file->setMaximumWidth(fontMetrics().horizontalAdvance(QString(40, QLatin1Char('m'))));
    m_file->addItem(tr("All files"), QString());
    m_kind->setObjectName(QStringLiteral("problemsKindFilter"));
    m_kind->addItem(tr("All kinds"), int(ProblemFilterModel::Kind::All));
    m_kind->addItem(tr("File errors"), int(ProblemFilterModel::Kind::FileErrors));
    m_kind->addItem(tr("Malformed lines"), int(ProblemFilterModel::Kind::MalformedLines));
    m_kind->addItem(tr("Notes"), int(ProblemFilterModel::Kind::Notes));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_file);
    bar->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFile(m_file->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(ProblemFilterModel::Kind(m_kind->currentData().toInt())); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const quint64 line = index.data(ProblemListModel::LineRole).toULongLong();
        if (line > 0)
            Q_EMIT lineActivated(index.data(ProblemListModel::PathRole).toString(), line);
    });
    updateSummary();
}

void ProblemsPanel::setModel(ProblemListModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    // Files that could not be read at all first, then malformed lines, then notes; each kind
    // in the order it was found (the sort is stable). A header click sorts otherwise.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemListModel::SeverityColumn, Qt::AscendingOrder);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                addFiles(first, last);
                updateSummary();
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        resetFiles();
        updateSummary();
    });
    resetFiles();
    updateSummary();
}

void ProblemsPanel::setMalformedCount(uint64_t lines)
{
    if (lines == m_malformed)
        return;
    m_malformed = lines;
    updateSummary();
}

QString ProblemsPanel::summaryText() const
{
    return m_summary->text();
}

void ProblemsPanel::addFiles(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString path = m_model->problem(row).path;
        if (path.isEmpty() || m_listedFiles.contains(path))
            continue;
        m_listedFiles.insert(path);
        const QString name = LogSource::displayName(path);
        m_file->addItem(name.isEmpty() ? path : name, path);
        m_file->setItemData(m_file->count() - 1, path, Qt::ToolTipRole);
    }
}

void ProblemsPanel::resetFiles()
{
    m_listedFiles.clear();
    m_file->setCurrentIndex(0);
    while (m_file->count() > 1)
        m_file->removeItem(m_file->count() - 1);
    if (m_model && m_model->rowCount() > 0)
        addFiles(0, m_model->rowCount() - 1);
}

void ProblemsPanel::updateSummary()
{
    m_summary->setText(m_model ? m_model->tally().summary(m_malformed) : tr("No problems"));
}
