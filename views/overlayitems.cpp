#include "overlayitems.h"

#include <qcustomplot.h>

namespace OverlayItems {

QString shadingLayer()
{
    return QStringLiteral("shading");
}

QString labelLayer()
{
    return QStringLiteral("labels");
}

void addLayers(QCustomPlot *plot)
{
    plot->addLayer(shadingLayer(), plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    plot->addLayer(labelLayer(), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
}

QCPItemRect *band(QCustomPlot *plot)
{
    auto *rect = new QCPItemRect(plot);
    rect->setLayer(shadingLayer());
    rect->setSelectable(false);
    rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    return rect;
}

QCPItemText *label(QCustomPlot *plot)
{
    auto *text = new QCPItemText(plot);
    text->setLayer(labelLayer());
    text->setSelectable(false);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->setClipToAxisRect(true);
    return text;
}

template <typename Item> void remove(QCustomPlot *plot, std::vector<Item *> &items)
{
    for (Item *item : items)
        plot->removeItem(item);
    items.clear();
}

template void remove(QCustomPlot *, std::vector<QCPItemRect *> &);
template void remove(QCustomPlot *, std::vector<QCPItemText *> &);

} // namespace OverlayItems
