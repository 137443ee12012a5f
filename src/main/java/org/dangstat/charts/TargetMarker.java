package org.dangstat.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

import org.knowm.xchart.style.markers.Marker;

/** A wide horizontal tick across a bar: where the target is. */
final class TargetMarker extends Marker {

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double half = markerSize * 2.5;
        g.draw(new Line2D.Double(xOffset - half, yOffset, xOffset + half, yOffset));
    }
}
