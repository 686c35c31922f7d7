#include "mainwindow.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>

#include "clusterscene.h"
#include "contentlanguage.h"
#include "examplescenarios.h"
#include "newclusterdialog.h"
#include "scenariobanner.h"
#include "registry.h"
#include "simulationcontroller.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"

// The main window's file work: scenarios and traces in and out, recent files, run comparison
// and image export.

void MainWindow::newCluster()
{
    const auto &scenario = mController->scenario();
    NewClusterDialog dialog(QString::fromStdString(mController->descriptor().name), scenario.clusterSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto *protocol = cs::findProtocol(dialog.protocol().toStdString())) {
        mController->switchProtocol(*protocol, dialog.nodes());
        mBanner->showScenario({}, {});
    }
}

void MainWindow::openScenario()
{
    const auto path = QFileDialog::getOpenFileName(this, tr("Open scenario"), mLastDirectory, tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openTraceInteractively()
{
    const auto path = QFileDialog::getOpenFileName(this, tr("Open trace"), mLastDirectory, tr("Traces (*.json)"));
    if (!path.isEmpty())
        openFile(path, false, FileKind::Trace);
}

QString MainWindow::openFile(const QString &path, bool quiet, FileKind kind)
{
    if (!path.startsWith(QLatin1String(":/")))
        mLastDirectory = QFileInfo(path).absolutePath();
    QFile probe(path);
    // A trace announces itself with "format" (and has "events"); anything else is read as a scenario.
    const QByteArray head = probe.open(QIODevice::ReadOnly) ? probe.read(4096) : QByteArray();
    const bool trace = kind == FileKind::Trace || head.contains("\"format\"") || head.contains("\"events\"");
    probe.close();
    QString problem;
    if (trace) {
        const auto result = mController->openTrace(path);
        if (!result.error.isEmpty()) {
            problem = result.error;
            if (!quiet)
                QMessageBox::warning(this, tr("Cannot open trace"), problem);
            return problem;
        }
        rememberFile(path);
        if (!result.difference.isEmpty()) {
            problem = tr("The trace does not replay identically. %1").arg(result.difference);
            if (!quiet)
                QMessageBox::warning(this, tr("Replay differs"), problem);
            return problem;
        }
        statusBar()->showMessage(tr("Trace replayed identically: %1").arg(path), 5000);
        return {};
    }
    problem = mController->openScenario(path);
    if (!problem.isEmpty()) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open scenario"), problem);
        return problem;
    }
    rememberFile(path);
    const auto text = mController->scenario().text(ContentLanguage::locale());
    mBanner->showScenario(QString::fromStdString(text.name), QString::fromStdString(text.description));
    return {};
}

QStringList MainWindow::recentFiles() const
{
    if (mSettings == Settings::Fresh)
        return {};
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void MainWindow::rememberFile(const QString &path)
{
    if (mSettings == Settings::Fresh)
        return;
    auto files = recentFiles();
    const auto absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > 8)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const auto files = recentFiles();
    for (const auto &file : files)
        mRecentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })->setToolTip(file);
    mRecentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildExamplesMenu()
{
    mExamplesMenu->clear();
    QMenu *group = nullptr;
    for (const auto &example : ExampleScenarios::all()) {
        if (!group || group->title() != example.protocolTitle) {
            group = mExamplesMenu->addMenu(example.protocolTitle);
            group->setToolTipsVisible(true);
        }
        auto *open = group->addAction(example.title, this, [this, path = example.path] { openFile(path); });
        open->setToolTip(example.description);
        open->setStatusTip(example.description);
        open->setData(example.path);
    }
}

void MainWindow::showDifference(const QString &difference, cs::VirtualTime at)
{
    if (difference.isEmpty()) {
        QMessageBox::information(this, tr("Compare runs"), tr("The runs do not differ."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Compare runs"), tr("%1\n\nGo to that moment?").arg(difference));
    if (answer == QMessageBox::Yes) {
        mController->setPlaying(false);
        mController->seekToTime(static_cast<double>(at));
    }
}

void MainWindow::compareWithTraceInteractively()
{
    const auto path = QFileDialog::getOpenFileName(this, tr("Compare with a trace"), mLastDirectory, tr("Traces (*.json)"));
    if (path.isEmpty())
        return;
    cs::VirtualTime at = 0;
    showDifference(mController->compareWithTrace(path, &at), at);
}

void MainWindow::compareWithBranch(int branch)
{
    cs::VirtualTime at = 0;
    showDifference(mController->compareWithBranch(branch, &at), at);
}

void MainWindow::saveScenario()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Save scenario"), mLastDirectory, tr("Scenarios (*.json)"));
    if (path.isEmpty())
        return;
    mLastDirectory = QFileInfo(path).absolutePath();
    if (const auto error = mController->saveScenario(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save scenario"), error);
}

void MainWindow::exportTrace()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export trace"), mLastDirectory, tr("Traces (*.json)"));
    if (path.isEmpty())
        return;
    mLastDirectory = QFileInfo(path).absolutePath();
    if (const auto error = mController->exportTrace(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export trace"), error);
    else
        statusBar()->showMessage(tr("Trace written to %1").arg(path), 5000);
}

QString MainWindow::writeImage(const QString &path, QSize size, const QString &title,
                               const std::function<void(QPainter &)> &paint) const
{
    QPainter painter;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        if (!painter.begin(&generator))
            return tr("%1: cannot write").arg(path);
        paint(painter);
        painter.end();
        return {};
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    painter.begin(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    return image.save(path) ? QString() : tr("%1: cannot write").arg(path);
}

QString MainWindow::exportImage(const QString &path, double scale) const
{
    const QSize size = (mScene->sceneRect().size() * scale).toSize();
    return writeImage(path, size, tr("ClusterScope cluster"),
                      [this, size](QPainter &painter) { mScene->renderCluster(&painter, QRectF(QPointF(0, 0), size)); });
}

QString MainWindow::exportDiagramImage(const QString &path, double scale) const
{
    auto *diagram = mSpaceTime->diagram();
    const QSize logical = diagram->size().expandedTo(QSize(900, 260));
    return writeImage(path, (QSizeF(logical) * scale).toSize(), tr("ClusterScope space-time diagram"),
                      [diagram, logical, scale](QPainter &painter) {
                          painter.scale(scale, scale);
                          diagram->paintDiagram(painter, QRectF(QPointF(0, 0), logical));
                      });
}

void MainWindow::exportWithDialogs(const QString &title,
                                   QString (MainWindow::*exporter)(const QString &, double) const)
{
    const auto path = QFileDialog::getSaveFileName(this, title, mLastDirectory, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    mLastDirectory = QFileInfo(path).absolutePath();
    bool ok = false;
    const double scale = QInputDialog::getDouble(this, title, tr("Scale:"), 2.0, 0.5, 8.0, 1, &ok);
    if (!ok)
        return;
    if (const auto error = (this->*exporter)(path, scale); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export image"), error);
}

void MainWindow::exportDiagramInteractively()
{
    exportWithDialogs(tr("Export space-time diagram"), &MainWindow::exportDiagramImage);
}

void MainWindow::exportImageInteractively()
{
    exportWithDialogs(tr("Export image"), &MainWindow::exportImage);
}
