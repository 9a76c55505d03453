package dev.waypoint.preview.data;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One global plugin setting of the preview's stand-in for SAL's {@code PluginSettings} ({@link DatabasePluginSettings}),
 * in the database every node shares, as Jira keeps plugin settings in its database.
 */
@Table("PV_SETTING")
@Indexes(@Index(name = "pv_setting_key", methodNames = "getSettingKey", unique = true))
public interface PreviewSetting extends Entity {

    @NotNull
    @StringLength(255)
    String getSettingKey();

    void setSettingKey(String settingKey);

    /** {@code S}: a String; {@code L}: a List of Strings, one per line. */
    @NotNull
    @StringLength(1)
    String getKind();

    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String settingValue);
}
