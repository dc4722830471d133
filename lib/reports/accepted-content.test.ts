import { describe, expect, it } from "vitest";
import { acceptedContent } from "./accepted-content";

const working = { marker: "working copy" };
const rev = (revision: number) => ({
  revision,
  formatId: "gov-2021",
  data: { marker: `revision ${revision}` },
});

describe("accepted content", () => {
  it("is the latest published revision whatever state a correction has reached", () => {
    for (const status of ["published", "correcting", "submitted", "returned", "approved"]) {
      const accepted = acceptedContent({
        status,
        formatId: "gov-2021",
        data: working,
        publications: [rev(1), rev(3), rev(2)],
      });
      expect(accepted).toEqual({ formatId: "gov-2021", data: { marker: "revision 3" }, revision: 3 });
    }
  });

  it("is the approved report itself where nothing is published yet", () => {
    expect(
      acceptedContent({ status: "approved", formatId: "gov-2019", data: working, publications: [] }),
    ).toEqual({
      formatId: "gov-2019",
      data: working,
      revision: null,
    });
  });

  it("is nothing for a report the county has not accepted", () => {
    for (const status of ["draft", "submitted", "returned"])
      expect(acceptedContent({ status, formatId: "gov-2021", data: working, publications: [] })).toBeNull();
  });
});
