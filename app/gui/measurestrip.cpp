#include "measurestrip.h"

#include <QHBoxLayout>
#include <QLabel>

#include "protocolvocabulary.h"

MeasureStrip::MeasureStrip(QWidget *parent)
    : QFrame(parent)
    , mLayout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("measureStrip"));
    setStyleSheet(QStringLiteral("#measureStrip { background: #f4f6fa; border-bottom: 1px solid #c9d1de; }"));
    mLayout->setContentsMargins(8, 4, 8, 4);
    mLayout->setSpacing(16);
    mLayout->addStretch(1);
    hide();
}

void MeasureStrip::showMeasures(const std::vector<cs::Measure> &measures)
{
    if (measures == mShown)
        return;
    mShown = measures;
    while (mTiles.size() > measures.size()) {
        delete mTiles.back();
        mTiles.pop_back();
    }
    while (mTiles.size() < measures.size()) {
        auto *tile = new QLabel(this);
        tile->setTextFormat(Qt::RichText);
        tile->setObjectName(QStringLiteral("measure-%1").arg(mTiles.size()));
        mLayout->insertWidget(static_cast<int>(mTiles.size()), tile);
        mTiles.push_back(tile);
    }
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const auto &measure = measures[i];
        QString text = QStringLiteral("<span style='color:#4a5568;'>%1</span> <b style='font-size:large;'>%2</b>")
                           .arg(protocolText(measure.name).toHtmlEscaped(),
                                QString::fromStdString(measure.value).toHtmlEscaped());
        if (!measure.reference.empty())
            text += QStringLiteral(" <span style='color:#6b7280;'>%1</span>")
                        .arg(tr("(textbook %1)").arg(QString::fromStdString(measure.reference).toHtmlEscaped()));
        mTiles[i]->setText(text);
    }
    setVisible(!measures.empty());
}

QStringList MeasureStrip::tileTexts() const
{
    QStringList texts;
    for (const auto *tile : mTiles)
        texts << tile->text();
    return texts;
}
