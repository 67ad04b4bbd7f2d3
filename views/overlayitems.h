#pragma once

#include <QString>

#include <vector>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;

// What the timeline's overlays draw with: two layers of their own (shading between the grid
// and the bars, labels above the bars) and bands and labels set up for them.
namespace OverlayItems {
QString shadingLayer();
QString labelLayer();
// Adds both layers to `plot`.
void addLayers(QCustomPlot *plot);
// A band over the full height of the axis rect, on the shading layer; set its x coordinates.
QCPItemRect *band(QCustomPlot *plot);
// A label on the label layer, clipped to the axis rect, its y in axis-rect ratio.
QCPItemText *label(QCustomPlot *plot);
// Removes `items` from `plot` and empties the list.
template <typename Item> void remove(QCustomPlot *plot, std::vector<Item *> &items);
} // namespace OverlayItems
