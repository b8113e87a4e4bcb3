"""The collection report's own figure: the toll over time. The map and the timeline are the
reporting wing's.

Text from the articles is drawn as plain text (mathtext is off in the reporting wing's style).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from ..reporting import claim_text

MAX_TOLL_PANELS = 12
PALETTE = plt.get_cmap("tab10").colors
MARKERS = "osD^vP*Xh<>p"


def toll_figure(claims: pd.DataFrame, labels: dict[str, str]) -> Figure | None:
    """Each incident's reported killed figures against the date of the report: one panel per
    incident, one colour per claimant, one marker per outlet; an arrow is an open-ended figure ('at
    least')."""
    killed = claims[claims["metric"] == "killed"]
    incidents = [ref for ref in labels if ref in set(killed["ref"])][:MAX_TOLL_PANELS]
    if not incidents:
        return None
    claimants = sorted(killed["claimant"].unique())
    outlets = sorted(killed["outlet"].unique())
    colours = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(claimants)}
    markers = {o: MARKERS[i % len(MARKERS)] for i, o in enumerate(outlets)}
    days = pd.to_datetime(killed["published"])
    span = (days.min() - pd.Timedelta(days=1), days.max() + pd.Timedelta(days=1))
    fig, axes = plt.subplots(
        len(incidents),
        1,
        figsize=(9, 1.0 + 1.7 * len(incidents)),
        sharex=True,
        squeeze=False,
        layout="constrained",
    )
    for ax, ref in zip(axes[:, 0], incidents, strict=True):
        rows = killed[killed["ref"] == ref]
        for row in rows.itertuples():
            day = pd.Timestamp(row.published)
            ax.scatter(
                [day],
                [int(row.low)],
                color=colours[row.claimant],
                marker=markers[row.outlet],
                s=55,
                zorder=3,
                edgecolor="#333333",
                linewidth=0.5,
            )
            if pd.isna(row.high):
                ax.annotate(
                    "",
                    xy=(day, int(row.low) * 1.25 + 1),
                    xytext=(day, int(row.low)),
                    arrowprops={"arrowstyle": "-|>", "color": colours[row.claimant], "lw": 1.4},
                )
            elif int(row.high) > int(row.low):
                ax.plot(
                    [day, day],
                    [int(row.low), int(row.high)],
                    color=colours[row.claimant],
                    linewidth=3,
                )
            ax.annotate(
                claim_text(row.low, row.high, row.qualifier),
                (day, int(row.low)),
                xytext=(7, -3),
                textcoords="offset points",
                fontsize=7,
                color=colours[row.claimant],
            )
        top = max(int(v) for v in rows["low"].tolist() + rows["high"].dropna().tolist())
        ax.set_ylim(0, top * 1.45 + 2)
        ax.set_title(labels[ref][:90], fontsize=8.5, loc="left")
        ax.set_ylabel("killed", fontsize=8)
        ax.grid(axis="y", color="#eeeeee")
    axes[-1, 0].set_xlim(*span)
    axes[-1, 0].xaxis.set_major_locator(
        mdates.AutoDateLocator(minticks=3, maxticks=12, interval_multiples=True)
    )
    axes[-1, 0].xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    axes[-1, 0].set_xlabel("Date of the report that gives the figure")
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=colours[c], label=c) for c in claimants
    ]
    handles += [
        plt.Line2D([], [], marker=markers[o], linestyle="", color="#777777", label=o)
        for o in outlets
    ]
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=3,
        fontsize=7,
        title="Colour: claimant; marker: outlet",
        title_fontsize=7.5,
    )
    fig.suptitle("The toll over time, report by report", fontweight="bold")
    return fig
