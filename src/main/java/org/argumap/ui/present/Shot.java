package org.argumap.ui.present;

/** Where the presentation's camera looks: the map point at the centre of the screen, and the zoom. */
record Shot(double centreX, double centreY, double zoom) {
}
