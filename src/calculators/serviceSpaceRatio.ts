/** 第三十三条 按建筑面积300:1: one m² of community service space per 300 m² of building area. */
export const SERVICE_SPACE_RATIO = 300;
