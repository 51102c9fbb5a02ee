package app.soundpath.catalog.control;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Writes a salary figure or range the way the source gave it: "$50,500" or "$55,000 – $130,000". */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String amount(String currencyCode, int low, Integer high) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(currencyCode));
        format.setMaximumFractionDigits(0);
        String lowText = format.format(low);
        return high == null ? lowText : lowText + " – " + format.format(high);
    }
}
