#pragma once

#include <QFrame>

#include <vector>

#include "protocol.h"

class QHBoxLayout;
class QLabel;

// A strip above the cluster view with the figures the protocol's checker keeps (messages per entry,
// notifications per release), each beside its textbook figure, as of the moment on screen; hidden
// for protocols that keep none.
class MeasureStrip : public QFrame
{
    Q_OBJECT

public:
    explicit MeasureStrip(QWidget *parent = nullptr);

    void showMeasures(const std::vector<cs::Measure> &measures);
    // The tiles' rich texts as shown, one per measure, for tests.
    QStringList tileTexts() const;

private:
    QHBoxLayout *mLayout;
    std::vector<QLabel *> mTiles;
    std::vector<cs::Measure> mShown;
};
